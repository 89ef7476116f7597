package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ParkShortFormsTests {

	private final MentionRecognition recognition = new MentionRecognition(Sentences.LEXICONS);

	@Test
	void takesADistrictNamedLikeAnEarlierParkForThatPark() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyseAll(
				"构建2个主平台，指新整合形成的滨海经济开发区、智能家电高新园区。滨海区获评浙江省制造业高质量发展四星级工业园区。"))
			.get(1);
		assertThat(mentions).filteredOn((mention) -> mention.aliases().contains("滨海区"))
			.extracting(Mention::type, Mention::name)
			.containsExactly(tuple(EntityType.PARK, "滨海经济开发区"));
	}

	@Test
	void leavesADistrictNoParkIsNamedAfter() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyseAll(
				"鸠江新能源汽车零部件产业园发展迅速。主要集中在禅城区、南海区、三水区和高明区。"))
			.get(1);
		assertThat(Sentences.names(mentions, EntityType.REGION)).contains("禅城区", "南海区");
	}

	@Test
	void takesAnUnknownDistrictListedAfterAZoneForAZone() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyseAll("带动高新区、滨海区智能装备产业发展。")).get(0);
		assertThat(Sentences.names(mentions, EntityType.PARK)).containsExactly("高新区", "滨海区");
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ProjectSitesTests {

	private final ProjectSites sites = new ProjectSites();

	@Test
	void placesAFirmInTheParkWhereItBuildsItsPlant() {
		assertThat(extract("西工大长三角研究院孵化的苏州翔宇航空科技有限公司已在太仓航空产业园建成无人机总装线，该园重点发展航空航天零部件和通用航空产业。"))
			.extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.LOCATED_IN, "苏州翔宇航空科技有限公司", "太仓航空产业园"));
	}

	@Test
	void leavesTheFirmOutWhenWhatItSetsUpThereIsABodyOfItsOwn() {
		assertThat(extract("引导我市龙头企业浙江兰溪钢联集团有限公司在上海设立研发中心。")).isEmpty();
	}

	private List<Relation> extract(String text) {
		return this.sites.extract(Sentences.mentioned(text, null), "x");
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionResolverTests {

	private final MentionRecognition recognition = new MentionRecognition(Sentences.LEXICONS);

	@Test
	void keepsAPlaceWrittenInFullInsideAParkName() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse(
				"前三批综合体中，已有温州市瓯海区眼镜产业创新服务综合体等28家通过验收。"));
		assertThat(Sentences.names(mentions, EntityType.REGION)).containsExactlyInAnyOrder("温州市", "温州市瓯海区");
	}

	@Test
	void dropsACountryInsideAParkName() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse("积极参与宁波美国创新孵化器建设，完成首期项目。"));
		assertThat(Sentences.names(mentions, EntityType.REGION)).isEmpty();
	}

	@Test
	void dropsABarePlaceInsideAParkName() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse("吴兴数字经济孵化器已入驻企业30家。"));
		assertThat(Sentences.names(mentions, EntityType.REGION)).isEmpty();
	}

}

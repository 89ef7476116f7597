package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerRecogniserTests {

	private final PartnerRecogniser recogniser = new PartnerRecogniser(Sentences.LEXICONS);

	@Test
	void recognisesBothPartiesOfAJointProject() {
		List<Mention> mentions = this.recogniser.recognise(
				Sentences.analyse("多种形式推进企业智能化改造，腾能智能与凯波集团共建全国首条电熨斗柔性装配示范线已交付使用。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("腾能智能", "凯波集团");
	}

	@Test
	void typesAPartyByItsHeadAndSkipsPlaces() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("市政府与临港集团签订全面战略合作协议。"));
		assertThat(mentions).extracting(Mention::type).containsExactly(EntityType.AGENCY, EntityType.ENTERPRISE);
	}

	@Test
	void typesAPartyNamedLikeADistrictAsARegion() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("推动高明区与广东工业大学共建陶瓷新材料中试基地。"));
		assertThat(mentions).extracting(Mention::type, Mention::name)
			.contains(org.assertj.core.groups.Tuple.tuple(EntityType.REGION, "高明区"));
	}
	@Test
	void takesABrandEndingInTheVerbOfItsService() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("华曜日用与亚马逊全球开店签署战略合作协议。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("华曜日用", "亚马逊全球开店");
	}

	@Test
	void leavesABranchNamedWithItsPlaceToTheHeadNouns() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("推动浙江科技大市场东阳分市场与浙江工业大学共建东阳技术转移中心。"));
		assertThat(Sentences.names(mentions)).doesNotContain("市场", "科技大市场东阳分市场");
	}

	@Test
	void takesNoKindOfParkAloneForADistrict() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"开发区与浙江师范大学共建新能源电池产业研究院，为入园企业提供检测认证和技术服务。"));
		assertThat(Sentences.names(mentions, EntityType.REGION)).isEmpty();
	}

}

package org.policygraph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListedFirmRecogniserTests {

	private final ListedFirmRecogniser recogniser = new ListedFirmRecogniser(Sentences.LEXICONS);

	@Test
	void readsAShortNameThatEntersAListOrWinsATitleAsAFirm() {
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse(
				"江苏鸿德光电科技股份有限公司与苏州大学共建光电显示材料联合实验室，华奥精密获评江苏省工程技术研究中心。"))))
			.containsExactly("华奥精密");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse(
				"同时，积极推动企业申报省级“雄鹰行动”培育企业，2023年华康药业入选浙江省“雄鹰行动”培育企业名单。"))))
			.containsExactly("华康药业");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse(
				"目前，鑫锐电机的屏蔽电机产品入选国家制造业单项冠军产品名单，锋锐工具、博通机电被认定为浙江省隐形冠军企业。"))))
			.contains("博通机电");
	}

	@Test
	void readsNoFirmInWordsThatAreNoName() {
		assertThat(this.recogniser.recognise(Sentences.analyse("近年来，我市先后获评国家级示范区和省级制造业高质量发展示范县。")))
			.isEmpty();
		assertThat(this.recogniser.recognise(Sentences.analyse("对符合条件的企业，优先推荐入选省级专精特新中小企业名单。")))
			.isEmpty();
		assertThat(this.recogniser.recognise(Sentences.analyse("2023年，产业集群入选国家级先进制造业集群名单。"))).isEmpty();
		assertThat(this.recogniser.recognise(Sentences.analyse("2023年，骨干单位入选省级企业名单，优秀品牌入选浙江制造品牌名单。")))
			.isEmpty();
		assertThat(this.recogniser.recognise(Sentences.analyse("2023年，智能工厂入选省级未来工厂名单。"))).isEmpty();
	}

}

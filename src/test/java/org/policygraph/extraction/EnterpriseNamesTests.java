package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnterpriseNamesTests {

	private final MentionRecognition recognition = new MentionRecognition(Sentences.LEXICONS);

	@Test
	void namesAFundSetUpByAPlace() {
		List<Mention> funds = this.recognition
			.recognise(Sentences.analyse("设立总规模5亿元的黄岩区产业转型升级基金，重点投向模具、塑料及高分子新材料领域。"));
		List<Mention> unnamed = this.recognition
			.recognise(Sentences.analyse("与浙商资产共同设立1.01亿产业重组基金，设立100亿创投基金。"));
		assertThat(Sentences.names(funds, EntityType.ENTERPRISE)).containsExactly("黄岩区产业转型升级基金");
		assertThat(Sentences.names(unnamed, EntityType.ENTERPRISE)).doesNotContain("产业重组基金", "创投基金");
	}

	@Test
	void typesTheMembersOfACountedListOfServiceProvidersAsFirms() {
		List<Mention> mentions = this.recognition
			.recognise(Sentences.analyse("引入树根互联、浙江中控等10家数字化服务商，为模具企业量身定制改造方案。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("树根互联", "浙江中控");
	}

	@Test
	void leavesAListWhoseModifierHoldsACountOfItsOwn() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse(
				"组织浙江大学台州研究院、台州学院等高校院所和12家工程服务商组建“数改服务团”。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).contains("浙江大学台州研究院")
			.doesNotContain("组织浙江大学台州研究院");
	}

	@Test
	void keepsARareCharacterInsideATradeName() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse("宏昇精机与嘉兴大学签订产学研合作协议。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("宏昇精机");
	}

	@Test
	void takesNoFirmFromTheTitleOfAPlace() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse("乐清是“中国电器之都”，电气产业是我市的支柱产业。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).isEmpty();
	}

	@Test
	void takesThePlaceHanlpCutInTwoIntoTheFirmsName() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse("引导长兴农商银行推出“园区贷”专项产品。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("长兴农商银行");
	}

	@Test
	void leavesTheVerbBeforeACountedListOfFirmsOut() {
		List<Mention> mentions = this.recognition
			.recognise(Sentences.analyse("已有卓越刀具、利丰机械等23家专精特新企业入驻温岭经济开发区。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("卓越刀具", "利丰机械");
	}

	@Test
	void takesATownAmongCountedFirmsForAPlace() {
		List<Mention> mentions = this.recognition
			.recognise(Sentences.analyse("您在建议中提到，大唐街道等地袜业企业“家庭作坊式”生产仍较普遍。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).isEmpty();
		assertThat(Sentences.names(mentions, EntityType.REGION)).containsExactly("大唐街道");
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefinedShortFormsTests {

	private final MentionRecognition recognition = new MentionRecognition(Sentences.LEXICONS);

	@Test
	void makesADefinedShortFormAnAliasAndItsLaterUsesMentions() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"依托江西永修云山经济开发区（以下简称“云山经开区”），形成了较为完整的产业链。以云山经开区为主体，联合南昌大学共建综合体。"));
		Mention park = mentions.get(0).stream().filter((mention) -> mention.type() == EntityType.PARK).findFirst()
			.orElseThrow();
		assertThat(park.name()).isEqualTo("江西永修云山经济开发区");
		assertThat(park.aliases()).contains("云山经开区");
		assertThat(Sentences.names(mentions.get(1), EntityType.PARK)).containsExactly("云山经开区");
	}

	@Test
	void addsAMentionOfAShortFormNoRecogniserNames() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"支持宁波江丰电子材料股份有限公司（以下简称“江丰电子”）扩大产能。江丰电子新建生产线两条。"));
		Mention firm = mentions.get(1).stream().filter((mention) -> mention.type() == EntityType.ENTERPRISE).findFirst()
			.orElseThrow();
		assertThat(firm.name().equals("江丰电子") || firm.aliases().contains("江丰电子")).isTrue();
		assertThat(firm.end() - firm.start()).isEqualTo("江丰电子".length());
	}

	@Test
	void letsAShortFormOutrankASectorWordInsideIt() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"温州大学乐清工业研究院与浙江华瓯电气集团有限公司（以下简称“华瓯电气”）共建智能配电联合实验室。华瓯电气、浙江雁宇智能科技股份有限公司入选第二批省级产教融合型企业名单。"));
		assertThat(Sentences.names(mentions.get(1), EntityType.ENTERPRISE)).contains("华瓯电气");
		assertThat(Sentences.names(mentions.get(1), EntityType.INDUSTRY)).isEmpty();
	}

	@Test
	void takesNoMentionFromTheDefinitionItself() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"合肥经济技术开发区（以下简称“合肥经开区”）以新能源汽车整车和关键零部件为主导。"));
		assertThat(Sentences.names(mentions.get(0), EntityType.PARK)).containsOnly("合肥经济技术开发区", "合肥经开区");
		assertThat(mentions.get(0)).filteredOn((mention) -> mention.name().equals("合肥经开区")).hasSizeLessThan(2);
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstitutionNamesTests {

	private final MentionRecognition recognition = new MentionRecognition(Sentences.LEXICONS);

	@Test
	void runsAnInstituteNamedForTwoDisciplinesAcrossTheirYu() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse(
				"鼎丰模塑与中国科学院宁波材料技术与工程研究所签约合作开发生物基可降解材料。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).containsExactly("中国科学院宁波材料技术与工程研究所");
		assertThat(Sentences.names(mentions, EntityType.REGION)).isEmpty();
	}

	@Test
	void keepsTwoInstitutionsJoinedByYuApart() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse(
				"温州大学乐清工业研究院与浙江华瓯电气集团有限公司共建智能配电联合实验室，开展关键技术攻关。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).containsExactly("温州大学乐清工业研究院", "智能配电联合实验室");
	}

	@Test
	void takesThePartNamedBeforeAJointLaboratory() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse(
				"嘉澜光电与中国科学院上海光学精密机械研究所共建激光器件联合实验室，精岩模具与浙江大学台州研究院共建大型汽车覆盖件模具智能设计联合实验室。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).contains("激光器件联合实验室", "大型汽车覆盖件模具智能设计联合实验室");
	}

	@Test
	void leavesTheYearOutOfTheNameAfterIt() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse(
				"市政府与浙江大学共建浙江大学平湖智能装备研究院，2023年研究院为企业解决技术难题46项。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).containsExactly("浙江大学", "浙江大学平湖智能装备研究院");
	}

	@Test
	void recognisesBranchesAndTrainingBases() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse(
				"浙江大学温州研究院乐清分院正式运行，环科园公共实训基地获评省级高技能人才培训基地。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).contains("浙江大学温州研究院乐清分院", "环科园公共实训基地");
	}

	@Test
	void joinsTheTwoNamesOfOneBodyAcrossJi() {
		List<Mention> mentions = this.recognition
			.recognise(Sentences.analyse("锦丝袜业与浙江理工大学、浙江农林大学暨阳学院合作建设袜业设计研究中心。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).contains("浙江农林大学暨阳学院")
			.doesNotContain("浙江农林大学");
	}

	@Test
	void takesNoPartnerMadeOfGenericWords() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse(
				"企业与高校院所合作“短期项目多、长期共建少”，澄芯半导体与东南大学共建先进封装联合实验室。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("澄芯半导体");
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).containsExactly("东南大学", "先进封装联合实验室");
	}

	@Test
	void joinsABranchToTheInstitutionItBelongsTo() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse(
				"目前，严州精工与杭州技师学院建德分院联合设立数控技能大师工作室。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).contains("杭州技师学院建德分院")
			.doesNotContain("杭州技师学院", "建德分院");
		List<Mention> institute = this.recognition.recognise(Sentences.analyse(
				"中科院上海硅酸盐研究所太仓分所建成先进陶瓷中试基地，服务长三角企业200余家。"));
		assertThat(Sentences.names(institute, EntityType.INSTITUTION)).contains("中科院上海硅酸盐研究所太仓分所");
		List<Mention> market = this.recognition.recognise(Sentences.analyse(
				"推动浙江科技大市场东阳分市场与浙江工业大学共建东阳技术转移中心。"));
		assertThat(Sentences.names(market, EntityType.INSTITUTION)).contains("浙江科技大市场东阳分市场", "浙江工业大学");
	}

	@Test
	void takesNoRangeOfLevelsPronounOrHeadingBracketIntoAName() {
		List<Mention> range = this.recognition.recognise(Sentences.analyse(
				"（三）已认定为省级及以上企业技术中心的企业，不重复认定为市级企业技术中心。"));
		assertThat(Sentences.names(range, EntityType.INSTITUTION)).isEmpty();
		List<Mention> pronoun = this.recognition.recognise(Sentences.analyse(
				"评价不合格或连续两年未报送年度报表的，撤销其市级企业技术中心资格。"));
		assertThat(Sentences.names(pronoun, EntityType.INSTITUTION)).isEmpty();
	}

}

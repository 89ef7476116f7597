package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndustryRecogniserTests {

	private final IndustryRecogniser recogniser = new IndustryRecogniser(Sentences.LEXICONS);

	@Test
	void joinsIndustriesAcross及AndKeepsTheSuffixedFormAsAlias() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("加快在智能家电、机械基础件、汽车及关键零部件等三大传统制造业企业中培育品牌，推进轴承产业发展。"));
		assertThat(Sentences.names(mentions)).containsExactly("智能家电", "机械基础件", "汽车及关键零部件", "轴承");
		assertThat(mentions.get(3).aliases()).containsExactly("轴承产业");
	}

	@Test
	void joinsASectorWordWithTheProductItMakes() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("我县坚持把有机硅新材料产业、新能源汽车零部件等作为首位产业来抓。"));
		assertThat(Sentences.names(mentions)).containsExactly("有机硅新材料", "新能源汽车零部件");
		assertThat(mentions.get(0).aliases()).containsExactly("有机硅新材料产业");
	}

	@Test
	void joinsASectorWordWithTheGoodsItNames() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("加快推动我县汽车用品产业向高端化、智能化、绿色化发展。"));
		assertThat(Sentences.names(mentions)).containsExactly("汽车用品");
	}

	@Test
	void readsTheSectorALeadingFirmLeads() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("动力电池龙头企业长兴恒能动力电池股份有限公司与浙江大学湖州研究院共建动力电池创新联合体。"));
		assertThat(Sentences.names(mentions)).containsExactly("动力电池");
	}

	@Test
	void takesNoSectorWordThatHeadsAnotherProductsName() {
		assertThat(this.recogniser.recognise(Sentences.analyse("鼓励企业应用、采购窄带物联网、WIFI功能芯片等新技术搭建产品服务平台。")))
			.extracting(Mention::name)
			.doesNotContain("芯片");
	}

	@Test
	void ignoresABareSectorWordOutsideAList() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("传统制造业企业新增工业机器人410台。"));
		assertThat(mentions).isEmpty();
	}


	@Test
	void takesNoTradesForIndustries() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("目前培训的工种有钳工、电工、工业机器人等工种，涉及的竞赛工种主要有电工、车工、模具工等。"));
		assertThat(Sentences.names(mentions)).isEmpty();
	}

	@Test
	void takesNoSkillsForIndustries() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("2023年培训工业互联网、数据分析等紧缺技能人才4200人次。"));
		assertThat(Sentences.names(mentions)).isEmpty();
	}

	@Test
	void joinsAShortStageAfterJiToTheListedSector() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("做强新材料、机器人及集成、节能环保、精密模具、高端装备“五大百亿”产业集群。"));
		assertThat(Sentences.names(mentions)).contains("机器人及集成", "节能环保").doesNotContain("机器人");
	}

	@Test
	void takesNoSectorInsideTheNameOfAFair() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("出台专项政策引导鼓励企业积极参加中国家电及消费电子博览会（AWE2021）等各类专业展会。"));
		assertThat(Sentences.names(mentions)).isEmpty();
	}

	@Test
	void takesTheModifiersOfAListedMemberAfterItsComma() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("您在建议中指出，我省汽车零部件本地配套率偏低，动力电池、驱动电机、汽车芯片等关键环节存在短板。"));
		assertThat(Sentences.names(mentions)).contains("驱动电机").doesNotContain("电机");
	}

	@Test
	void joinsAProductNounToTheSectorAcross与() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("泵与电机行业入选浙江省第二批中小企业数字化改造试点细分行业名单。"));
		assertThat(Sentences.names(mentions)).containsExactly("泵与电机");
		assertThat(mentions.get(0).aliases()).containsExactly("泵与电机行业");
	}

	@Test
	void readsNo产业BeforeAParkHeadAsTheSectorsSuffix() {
		assertThat(this.recogniser.recognise(Sentences.analyse("新杭新材料产业园、邱村智能装备小微企业园相继建成。"))).isEmpty();
		assertThat(this.recogniser.recognise(Sentences.analyse("拟共同投资建设电子信息产业配套园。"))).isEmpty();
	}

	@Test
	void joinsSectorWordsWrittenTogetherBeforeTheirSuffix() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("2023年模具塑料产业实现规上工业产值486.3亿元，同比增长7.2%。"));
		assertThat(Sentences.names(mentions)).containsExactly("模具塑料");
		assertThat(mentions.get(0).aliases()).containsExactly("模具塑料产业");
	}

	@Test
	void takesNoCountOfASectorsFirmsForTheSector() {
		assertThat(this.recogniser.recognise(Sentences.analyse("全区现有模具企业2100余家、塑料制品企业1600余家。")))
			.isEmpty();
	}

	@Test
	void takesNoSkillsOrWorkersForIndustries() {
		assertThat(this.recogniser.recognise(Sentences
			.analyse("企业对电力电子、嵌入式软件、工业互联网等复合型人才的需求日益迫切。"))).isEmpty();
		assertThat(this.recogniser.recognise(Sentences.analyse("江苏宜晶光伏科技有限公司  光伏  光伏组件制造工")))
			.extracting(Mention::name)
			.doesNotContain("光伏组件");
	}

	@Test
	void takesNoTechnologiesOrInfrastructureForIndustries() {
		assertThat(this.recogniser.recognise(Sentences.analyse("鼓励企业应用、采购窄带物联网、WIFI功能芯片等新技术搭建产品服务平台。")))
			.extracting(Mention::name)
			.doesNotContain("物联网");
		assertThat(this.recogniser.recognise(Sentences.analyse("加快推进5G、工业互联网、数据中心等新型基础设施建设。"))).isEmpty();
	}

	@Test
	void readsAPlaceBeforeASectorAsWhereItIs() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("重点承接沪苏浙地区汽车零部件、智能装备产业转移。"));
		assertThat(Sentences.names(mentions)).containsExactly("汽车零部件", "智能装备");
	}

	@Test
	void takesTheWholeProductBetween的And产品() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("鑫锐电机的屏蔽电机产品入选国家制造业单项冠军产品名单。"));
		assertThat(Sentences.names(mentions)).containsExactly("屏蔽电机");
	}

	@Test
	void readsSectorsOfTextilesMetalTreatmentAndTrade() {
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse(
				"引导汽摩配企业开展电镀、热处理、铸造等重点工序集中治理，对数字贸易、跨境电商领域引进的人才团队给予资助。"))))
			.containsExactly("电镀", "热处理", "铸造", "数字贸易", "跨境电商");
	}

	@Test
	void takesNoSectorWordThatModifiesTheNounAfterIt() {
		assertThat(this.recogniser.recognise(Sentences.analyse(
				"建设羊绒纺织产业园、汽车零部件产业园和合金装备产业园，推广智能排产、面料视觉检测等数字化产品。")))
			.extracting(Mention::name)
			.doesNotContain("汽车零部件", "面料");
	}

	@Test
	void keepsASectorItsFieldFollows() {
		assertThat(Sentences.names(this.recogniser
			.recognise(Sentences.analyse("2022年新遴选动力电池、汽车芯片方向团队9个。"))))
			.containsExactly("动力电池", "汽车芯片");
	}

	@Test
	void readsASectorWhoseDevelopmentIsTheAim() {
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse("一、关于稳外贸、促进跨境电商发展"))))
			.containsExactly("跨境电商");
	}

	@Test
	void takesNoCoursesServicesOrFunctionsCombinedInOnePlace() {
		assertThat(this.recogniser.recognise(Sentences.analyse("县职教中心开设羊绒纺织、服装设计、电商运营等专业。"))).isEmpty();
		assertThat(this.recogniser.recognise(Sentences.analyse("为中小企业提供报关、物流、结汇、退税等“一站式”服务。"))).isEmpty();
		assertThat(this.recogniser
			.recognise(Sentences.analyse("小镇集羊绒交易、创意设计、电商直播、文化旅游于一体，入选省级特色小镇创建名单。")))
			.isEmpty();
	}

}

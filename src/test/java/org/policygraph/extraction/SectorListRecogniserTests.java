package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectorListRecogniserTests {

	private final SectorListRecogniser recogniser = new SectorListRecogniser(Sentences.LEXICONS);

	@Test
	void findsPharmaceuticalClassesAndASectorsProductsAfterAVerbOfFocus() {
		List<Mention> drugs = this.recogniser.recognise(Sentences.analyse("兰溪生物医药产业园重点发展原料药和现代中药，两园分别新入驻项目14个、8个。"));
		assertThat(Sentences.names(drugs)).containsExactly("原料药", "现代中药");
		List<Mention> all = new MentionRecognition(Sentences.LEXICONS).recognise(Sentences.analyse(
				"醴陵经济开发区现集聚陶瓷类规上工业企业286家，重点发展先进陶瓷、电瓷电器和日用陶瓷。"));
		assertThat(Sentences.names(all, EntityType.INDUSTRY)).contains("电瓷电器");
		assertThat(Sentences.names(all, EntityType.ENTERPRISE)).isEmpty();
	}

	@Test
	void findsALoneHomeFurnishingsSectorAfterAVerbOfFocus() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("推动百步智能家居小微企业园聚焦智能家居，沈荡经编产业小微企业园聚焦经编。"));
		assertThat(Sentences.names(mentions)).contains("智能家居", "经编");
	}

	@Test
	void closesTheListAtTheFieldItNames() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("设立规模20亿元的长兴县产业平台发展基金，重点投向新能源、智能装备领域重大项目和平台基础设施建设。"));
		assertThat(Sentences.names(mentions)).containsExactly("新能源", "智能装备");
	}

	@Test
	void splitsAListAfterAVerbOfFocusAtTheLastHe() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("鸠江新能源汽车零部件产业园位于芜湖市鸠江区，重点发展驱动电机、电控系统和汽车线束，已集聚规上企业46家。"));
		assertThat(Sentences.names(mentions)).containsExactly("驱动电机", "电控系统", "汽车线束");
	}

	@Test
	void keepsTheIndustrySuffixAsTheAliasOfTheLastMember() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("潍坊滨海经济技术开发区重点发展新能源动力和储能装备产业。"));
		assertThat(Sentences.names(mentions)).containsExactly("新能源动力", "储能装备");
		assertThat(mentions.get(1).aliases()).containsExactly("储能装备产业");
	}

	@Test
	void keepsJiInsideAMember() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("南浔智能电梯产业园位于南浔区，重点发展智能电梯及核心零部件产业；"));
		assertThat(Sentences.names(mentions)).containsExactly("智能电梯及核心零部件");
	}

	@Test
	void readsACountedClassifierAfterTheList() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("明确聚焦动力电池、驱动电机、电控系统、汽车芯片四大关键零部件领域，推动整车与零部件协同。"));
		assertThat(Sentences.names(mentions)).containsExactly("动力电池", "驱动电机", "电控系统", "汽车芯片");
	}

	@Test
	void endsAListAtTheVerbOfTheClause() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("重点围绕动力电池回收利用和储能电池开展技术攻关。"));
		assertThat(Sentences.names(mentions)).containsExactly("动力电池回收利用", "储能电池");
	}

	@Test
	void readsTheProjectsAParkLaysOut() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("云山经开区星火片区已完成扩区调规，重点布局有机硅深加工和电子化学品项目。"));
		assertThat(Sentences.names(mentions)).containsExactly("有机硅深加工", "电子化学品");
	}

	@Test
	void ignoresListsOfThingsThatAreNotSectors() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("具体围绕企业战略管理、组织管理、创新管理、数字化管理等现代化管理重点对标领域，依托专家开展诊断。"));
		assertThat(mentions).isEmpty();
	}

	@Test
	void closesTheListAtAClassifierAVerbFollows() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("一是围绕智能电气产业链布局人才链，编制产业人才紧缺目录。"));
		assertThat(Sentences.names(mentions)).containsExactly("智能电气");
	}

	@Test
	void readsProductsOfOneKindAsSectors() {
		List<Mention> mentions = this.recogniser.recognise(
				Sentences.analyse("广德电子电路产业园位于广德经开区，重点发展高多层板、HDI板和IC载板，规划面积6.8平方公里。"));
		assertThat(Sentences.names(mentions)).containsExactly("高多层板", "HDI板", "IC载板");
	}

	@Test
	void takesNoLoneMemberThatEndsWithNoProduct() {
		assertThat(this.recogniser.recognise(Sentences.analyse("围绕有机硅下游高端应用，每年发布一批关键核心技术攻关榜单。")))
			.isEmpty();
		assertThat(this.recogniser.recognise(Sentences.analyse("一是完善领导小组运行机制，聚焦制造业产业导向。"))).isEmpty();
	}

	@Test
	void leavesTheRankOfTheSectorsOutOfTheLastOne() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("重点培育数字经济核心产业，做大做强软件和信息技术服务业。"));
		assertThat(Sentences.names(mentions)).containsExactly("数字经济");
		assertThat(mentions.get(0).aliases()).isEmpty();
	}

	@Test
	void endsAListAtItsDengAndDropsTheTradeItServes() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"石狮海峡跨境电商产业园位于宝盖镇，重点发展服装、鞋帽、户外用品等跨境电商出口，已入驻企业136家。"));
		assertThat(Sentences.names(mentions)).containsExactly("服装", "鞋帽", "户外用品");
	}

	@Test
	void dropsTheExportAfterTheLastProduct() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("陆港跨境园入驻企业420余家，重点发展日用百货、小家电跨境出口。"));
		assertThat(Sentences.names(mentions)).containsExactly("日用百货", "小家电");
	}

	@Test
	void keepsAProductWhoseGradeIsWrittenBeforeIt() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("其中羊绒纺织产业园重点发展高端纱线和精纺面料，已入驻企业46家。"));
		assertThat(Sentences.names(mentions)).containsExactly("高端纱线", "精纺面料");
	}

	@Test
	void takesNoTechnologiesListedBeforeTheirDeng() {
		assertThat(this.recogniser.recognise(Sentences.analyse(
				"聚焦钙钛矿叠层电池、TOPCon和异质结电池、光伏玻璃减薄等关键核心技术，每年发布“揭榜挂帅”项目榜单。")))
			.isEmpty();
	}

	@Test
	void takesNoFirmsOrPeopleForTheSectorsAFundTargets() {
		assertThat(this.recogniser.recognise(Sentences.analyse(
				"由市国资公司牵头设立规模10亿元的人才创新创业投资基金，重点投向人才企业早期项目。")))
			.isEmpty();
	}

}

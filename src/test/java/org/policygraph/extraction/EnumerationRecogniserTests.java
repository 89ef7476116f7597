package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnumerationRecogniserTests {

	private final EnumerationRecogniser recogniser = new EnumerationRecogniser(Sentences.LEXICONS);

	@Test
	void typesMembersByTheCountedCategory() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("依靠持续不断的创新突破，涌现了公牛、慈星、沁园、慈兴等发挥了较好的领头羊企业。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("公牛", "慈星", "沁园", "慈兴");
	}

	@Test
	void readsMembersBeforeAWordOfPlacesAsPlaces() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"平台已接入大瑶、金刚、澄潭江等主产区花炮企业460余家。"));
		assertThat(Sentences.names(mentions, EntityType.REGION)).containsExactly("大瑶", "金刚", "澄潭江");
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).isEmpty();
	}

	@Test
	void leavesTheBracketClosingAShortFormOutOfTheMember() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"浙江新锐精密轴承股份有限公司（以下简称新锐股份）、浙江沃川传动科技股份有限公司等12家企业列入县级培育库。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).contains("新锐股份");
	}

	@Test
	void leavesFirmsNamedWithTheirLegalFormToTheirHeadsWhateverSectorTheyName() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"确定浙江瑞丰汽车零部件股份有限公司、台州恒锐精密模具有限公司等12家企业列入2023年度台州市隐形冠军企业培育名单。"));
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).isEmpty();
	}

	@Test
	void startsTheFirstIndustryAfterTheVerbOfItsClause() {
		AnalysedSentence sentence = Sentences.analyse("长兴经开区聚焦新能源、智能装备、绿色建材三大主导产业，其中新能源产业产值增长。");
		List<Mention> mentions = this.recogniser.recognise(sentence);
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).containsExactly("新能源", "智能装备", "绿色建材");
	}

	@Test
	void endsAnEnumerationAtAnEarlierDeng() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"在大唐、店口、山下湖等镇街布局袜业、五金管业、珍珠等传统产业升级用地。"));
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).contains("五金管业", "珍珠")
			.doesNotContain("大唐", "店口");
		assertThat(Sentences.names(mentions, EntityType.REGION)).containsExactly("大唐", "店口", "山下湖");
	}

	@Test
	void recognisesIndustriesListedBeforeTheirCount() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("鼓励企业加大有效投入，提升发展家用电器、机械基础件、汽车零部件三大特色优势产业。"));
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).containsExactly("家用电器", "机械基础件", "汽车零部件");
	}

	@Test
	void findsTheTypeOfUnitsFurtherInTheClause() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("出台众创空间培育发展实施意见，创客码头、人和567、猪八戒创意城等6家单位被认定为市级众创空间。"));
		assertThat(Sentences.names(mentions, EntityType.PARK)).containsExactly("创客码头", "人和567", "猪八戒创意城");
	}

	@Test
	void takesTheMembersOfAListOfTownsAsRegions() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("加强对周巷、观海卫等慈溪智能家电小镇建设，推动智能家电产业发展；"));
		assertThat(Sentences.names(mentions, EntityType.REGION)).containsExactly("周巷", "观海卫");
	}

	@Test
	void takesTheMakersOfAnIndustrysProductsAsEnterprises() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("引导企业进入小米生态链，月立、三A的智能家电产品入选高端互联网平台。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("月立", "三A");
	}

	@Test
	void ignoresCountsWithoutAnEnumeration() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("全年受理26家企业申请，推荐6家企业申报试点企业。"));
		assertThat(mentions).isEmpty();
	}

	@Test
	void takesFirmsCountedBy家ForFirmsWhateverSectorWordsTheirNamesHold() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"2022年，恒纬经编、金丝带经编、新宇纺织等32家经编企业完成数字化改造。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("恒纬经编", "金丝带经编", "新宇纺织");
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).isEmpty();
	}

	@Test
	void typesMembersThatAllEndWithHeadsOfOneTypeByThoseHeads() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"其中煤山新能源小微企业园、夹浦纺织小微企业园等4个园区被认定为湖州市星级小微企业园。"));
		assertThat(Sentences.names(mentions, EntityType.PARK)).containsExactly("煤山新能源小微企业园", "夹浦纺织小微企业园");
	}

	@Test
	void readsTheMembersOfAListOfCategoriesAsIndustries() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("全市拥有电气企业1.3万余家，产品覆盖低压电器、智能电网、工业自动化等门类。"));
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).containsExactly("低压电器", "智能电网", "工业自动化");
	}

	@Test
	void endsTheLastMemberAtACopulaOr为() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("模具、塑料是黄岩的两大传统支柱产业。"));
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).containsExactly("模具", "塑料");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse("全县以智能家电、汽车零部件为两大主导产业。")),
				EntityType.INDUSTRY)).containsExactly("智能家电", "汽车零部件");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse("轴承、紧固件成为我县两大特色产业。")),
				EntityType.INDUSTRY)).containsExactly("轴承", "紧固件");
	}

	@Test
	void startsTheFirstIndustryAtItsProductJoinedBy与() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("2023年，市政府印发方案，聚焦泵与电机、鞋业、汽摩配、工量刃具四大行业。"));
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).containsExactly("泵与电机", "鞋业", "汽摩配", "工量刃具");
	}

	@Test
	void startsNoIndustryAtAVerbOfFocusTaggedANoun() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("二是在大唐、店口、山下湖等镇街布局袜业、五金管业、珍珠等传统产业升级用地。"));
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).containsExactly("袜业", "五金管业", "珍珠");
	}

	@Test
	void splitsTheLastTwoIndustriesAt和() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("重点发展高端装备制造、新一代信息技术和生物医药等产业。"));
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).containsExactly("高端装备制造", "新一代信息技术", "生物医药");
	}

	@Test
	void takesNoCountedProjectsForSectors() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"欧蓝电气年产500万台智能断路器项目、江宇门业未来工厂项目等12个项目列入省重大产业项目库。"));
		assertThat(Sentences.names(mentions, EntityType.INDUSTRY)).isEmpty();
	}

	@Test
	void typesTradeNamesBeforeSectorWordsAsFirms() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("鼓励博泰生物、鸿德光电等企业设立博士后科研工作站。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("博泰生物", "鸿德光电");
	}

	@Test
	void keepsSectorsBeforeACategoryOfFirmsAsSectors() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("支持智能家电、新能源汽车等企业开展数字化改造。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).isEmpty();
	}

}

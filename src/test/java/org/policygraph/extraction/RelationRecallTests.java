package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Relations whose two ends are recognised, stated by sentence shapes of documents nobody tuned on (round 7). */
class RelationRecallTests {

	private final RelationExtractor extractor = new RelationExtractor();

	@Test
	void targetsAPlacesClusterInEveryListItEntersAndGoesOnEntering() {
		List<Relation> relations = extract("瑞安汽车关键零部件产业集群入选2022年度浙江省中小企业特色产业集群名单，并列入温州市“5+5+N”产业链“链长制”重点培育清单。");
		assertThat(triples(relations, RelationType.TARGETS)).containsExactlyInAnyOrder(
				tuple(RelationType.TARGETS, "2022年度浙江省中小企业特色产业集群名单", "汽车关键零部件"),
				tuple(RelationType.TARGETS, "温州市5+5+N产业链链长制重点培育清单", "汽车关键零部件"));
	}

	@Test
	void targetsIndustriesThatEnterAListAfterAYearOrAPlace() {
		assertThat(triples(extract("2023年，我县轴承产业列入绍兴市先进制造业集群培育名单。"), RelationType.TARGETS))
			.containsExactly(tuple(RelationType.TARGETS, "绍兴市先进制造业集群培育名单", "轴承"));
		assertThat(triples(extract("力争到2025年实现规上工业企业数字化改造全覆盖，鞋业、汽摩配行业列入省级中小企业数字化改造试点。"),
				RelationType.TARGETS))
			.containsExactlyInAnyOrder(tuple(RelationType.TARGETS, "省级中小企业数字化改造试点", "鞋业"),
					tuple(RelationType.TARGETS, "省级中小企业数字化改造试点", "汽摩配"));
	}

	@Test
	void targetsTheIndustryAProgrammesNameHoldsWhenALaterClauseTakesItUp() {
		List<Relation> relations = extract("一是编制《清河县羊绒产业高质量发展规划（2024—2030年）》，推动羊绒产业由“原料加工”向“品牌时尚”转型。");
		assertThat(triples(relations, RelationType.TARGETS))
			.containsExactly(tuple(RelationType.TARGETS, "清河县羊绒产业高质量发展规划（2024—2030年）", "羊绒"));
	}

	@Test
	void targetsTheLastSectorBeforeACountOfItems() {
		List<Relation> relations = extract("出台《瑞安市汽车关键零部件产业集群高质量发展行动方案（2023—2025年）》，围绕制动系统、转向系统、汽车电子、"
				+ "新能源汽车热管理四个细分领域，推动产业链延链补链强链。");
		assertThat(relations).extracting((r) -> r.target().name()).contains("制动系统", "新能源汽车热管理");
	}

	@Test
	void givesTheFocusOfAClauseOpeningWith该园ToTheParkBefore() {
		List<Relation> relations = extract("太仓科技创业园入选国家级科技企业孵化器，该园重点发展先进材料和智能制造产业；太仓生物医药产业园重点发展生物医药、"
				+ "医疗器械产业，已集聚企业160余家。");
		assertThat(triples(relations, RelationType.FOCUSES_ON)).contains(
				tuple(RelationType.FOCUSES_ON, "太仓科技创业园", "先进材料"),
				tuple(RelationType.FOCUSES_ON, "太仓科技创业园", "智能制造"))
			.doesNotContain(tuple(RelationType.FOCUSES_ON, "太仓科技创业园", "生物医药"));
	}

	@Test
	void givesWhatAnEnclaveReferredBackToTakesInToIt() {
		List<Relation> relations = extract("针对山区县企业引才难的实际，我市在杭州城西科创大走廊布局建设“建德（余杭）科创飞地”，飞地位于杭州未来科技城，"
				+ "建筑面积1.2万平方米，主要承接数字经济、生物医药和新材料研发项目，实行“研发在杭州、生产在建德”的模式。");
		assertThat(triples(relations, RelationType.FOCUSES_ON)).containsExactlyInAnyOrder(
				tuple(RelationType.FOCUSES_ON, "建德（余杭）科创飞地", "数字经济"),
				tuple(RelationType.FOCUSES_ON, "建德（余杭）科创飞地", "生物医药"),
				tuple(RelationType.FOCUSES_ON, "建德（余杭）科创飞地", "新材料"));
	}

	@Test
	void givesTheFocusToAParkCastAsTheMainBattlegroundOrBuiltAndGrown() {
		assertThat(triples(extract("坚持海盐经济开发区（西塘桥街道）作为全县工业发展的主战场，重点布局新能源装备、汽车零部件、紧固件三大主导产业。"),
				RelationType.FOCUSES_ON))
			.extracting((t) -> t.toList().get(2))
			.containsExactlyInAnyOrder("新能源装备", "汽车零部件", "紧固件");
		assertThat(triples(extract("加快建设核电关联产业园，做大做强核电装备、核技术应用等核电关联产业。"), RelationType.FOCUSES_ON))
			.containsExactlyInAnyOrder(tuple(RelationType.FOCUSES_ON, "核电关联产业园", "核电装备"),
					tuple(RelationType.FOCUSES_ON, "核电关联产业园", "核技术应用"));
	}

	@Test
	void pairsParksAndIndustriesRespectively() {
		List<Relation> relations = extract("电瓷电器产业园、五彩陶瓷特色产业园和东富陶瓷小镇三大特色园区分别聚焦电瓷、日用陶瓷和艺术陶瓷，"
				+ "形成了“孵化—加速—产业化”的全链条载体体系。");
		assertThat(triples(relations, RelationType.FOCUSES_ON)).containsExactlyInAnyOrder(
				tuple(RelationType.FOCUSES_ON, "电瓷电器产业园", "电瓷"),
				tuple(RelationType.FOCUSES_ON, "五彩陶瓷特色产业园", "日用陶瓷"),
				tuple(RelationType.FOCUSES_ON, "东富陶瓷小镇", "艺术陶瓷"));
	}

	@Test
	void partnersAClauseOpeningWith与WithTheSubjectOfItsOwnPartOfTheSentence() {
		List<Relation> relations = extract("中科院上海硅酸盐研究所太仓分所建成先进陶瓷中试基地，服务长三角企业200余家；同济大学太仓高新技术研究院聚焦"
				+ "智能网联汽车和低碳建筑，与博世（太仓）汽车部件有限公司、舍弗勒（太仓）投资有限公司等德企开展联合攻关。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.PARTNERS_WITH)
			.extracting((r) -> r.source().name())
			.containsOnly("同济大学太仓高新技术研究院")
			.hasSize(2);
	}

	@Test
	void partnersOverAShortFormBracketAndAPlaceThatQualifiesAParty() {
		assertThat(triples(extract("常熟市城市经营投资有限公司（以下简称“常熟城投”）与常熟农商银行合作设立规模10亿元的产业空间更新基金。"),
				RelationType.PARTNERS_WITH))
			.contains(tuple(RelationType.PARTNERS_WITH, "常熟市城市经营投资有限公司", "常熟农商银行"));
		assertThat(triples(extract("苏州大学与太仓港区的江苏华鼎新材料股份有限公司共建高性能纤维联合实验室。"), RelationType.PARTNERS_WITH))
			.contains(tuple(RelationType.PARTNERS_WITH, "苏州大学", "江苏华鼎新材料股份有限公司"));
	}

	@Test
	void partnersWithTheHomeCityThatOpensTheSentence() {
		List<Relation> relations = this.extractor.extract(Sentences.mentioned("我市设立规模5亿元的太仓市科技创新引导基金，联合元禾控股、"
				+ "太仓市资产经营集团有限公司共同发起设立天使投资子基金。", new EntityRef(EntityType.REGION, "太仓市")), "x");
		assertThat(triples(relations, RelationType.PARTNERS_WITH))
			.contains(tuple(RelationType.PARTNERS_WITH, "太仓市", "太仓市资产经营集团有限公司"));
	}

	@Test
	void partnersTheAgencyThatWritesTheReplyWhen我们Joins() {
		EntityRef author = new EntityRef(EntityType.AGENCY, "温岭市经济和信息化局");
		MentionedSentence done = withAuthor("此外，我局联合温岭市泵与电机行业协会、温岭市鞋业协会，组织专精特新企业开展质量标准提升活动。", author);
		assertThat(triples(this.extractor.extract(done, "x"), RelationType.PARTNERS_WITH)).containsExactlyInAnyOrder(
				tuple(RelationType.PARTNERS_WITH, "温岭市经济和信息化局", "温岭市泵与电机行业协会"),
				tuple(RelationType.PARTNERS_WITH, "温岭市经济和信息化局", "温岭市鞋业协会"));
		MentionedSentence planned = withAuthor("下步，我们将联合瑞安农商银行、中国工商银行瑞安支行推出“专精特新贷”。", author);
		assertThat(this.extractor.extract(planned, "x")).noneMatch((r) -> r.type() == RelationType.PARTNERS_WITH);
	}

	@Test
	void supportsIndustriesOfSchemesJoinedBy和AndOfTalentBroughtInForAField() {
		assertThat(triples(extract("深入实施“和合英才”计划和“和合工匠”培育工程，重点引进汽车电子、新材料领域高层次人才。"), RelationType.SUPPORTS))
			.contains(tuple(RelationType.SUPPORTS, "和合英才计划", "汽车电子"), tuple(RelationType.SUPPORTS, "和合英才计划", "新材料"));
		assertThat(triples(extract("深化实施“义乌英才”计划，对数字贸易、跨境电商领域引进的高层次人才团队，给予最高500万元项目资助。"),
				RelationType.SUPPORTS))
			.containsExactlyInAnyOrder(tuple(RelationType.SUPPORTS, "义乌英才计划", "数字贸易"),
					tuple(RelationType.SUPPORTS, "义乌英才计划", "跨境电商"));
	}

	@Test
	void locatesAPartyThatSetsUpInAPlaceItNamesAfter在() {
		assertThat(triples(extract("西工大长三角研究院孵化的苏州翔宇航空科技有限公司已在太仓航空产业园建成无人机总装线，该园重点发展航空航天零部件和"
				+ "通用航空产业。"), RelationType.LOCATED_IN))
			.containsExactly(tuple(RelationType.LOCATED_IN, "苏州翔宇航空科技有限公司", "太仓航空产业园"));
	}

	@Test
	void doesNotLocateAPartyAClauseOnlyUrgesToSetUpSomewhere() {
		List<Relation> relations = extract("在松江设立兰溪招商服务中心，引导我市龙头企业浙江兰溪钢联集团有限公司在上海设立研发中心。");
		assertThat(relations).noneMatch((r) -> r.source().name().equals("浙江兰溪钢联集团有限公司"));
	}

	private static MentionedSentence withAuthor(String text, EntityRef author) {
		MentionedSentence sentence = Sentences.mentioned(text, null);
		return new MentionedSentence(sentence.sentence(), sentence.mentions(), sentence.refs(), null, author);
	}

	private List<Relation> extract(String text) {
		return this.extractor.extract(Sentences.mentioned(text, null), "x");
	}

	private static List<org.assertj.core.groups.Tuple> triples(List<Relation> relations, RelationType type) {
		return relations.stream()
			.filter((r) -> r.type() == type)
			.map((r) -> tuple(r.type(), r.source().name(), r.target().name()))
			.toList();
	}

}

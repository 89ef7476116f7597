package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Whose relation a clause states when its subject is carried over, referred back to or stands in another clause. */
class RelationSubjectsTests {

	private final RelationExtractor extractor = new RelationExtractor();

	@Test
	void listsTheNameThatOpensTheSentenceWhenTheListingClauseOpensWithAYear() {
		List<Relation> relations = extract("平湖经济技术开发区（以下简称“平湖经开区”）聚焦光机电和数字经济产业，2023年成功入选第三批省级高新技术产业园区名单。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LISTED_IN, "平湖经济技术开发区", "第三批省级高新技术产业园区名单"));
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.TARGETS);
	}

	@Test
	void locatesTheNameThatOpensTheSentenceWhenTheClauseHasNoSubject() {
		List<Relation> relations = extract("江苏集萃澄江新材料研究所由江苏省产业技术研究院与江阴高新区管委会合作共建，落户江阴高新技术产业开发区，"
				+ "重点开展高性能金属材料和先进复合材料研发，2023年被认定为江苏省新型研发机构。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LOCATED_IN, "江苏集萃澄江新材料研究所", "江阴高新技术产业开发区"));
	}

	@Test
	void locatesAParkInThePlaceWrittenBeforeItWith的() {
		List<Relation> relations = extract("官林镇的官林线缆小镇重点发展电线电缆产业。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LOCATED_IN, "官林线缆小镇", "官林镇"));
	}

	@Test
	void givesEachParkTheTitleOfItsOwnKindWhenSeveralAreConferred() {
		List<Relation> relations = extract("阳澄湖创新孵化器、鹿城创客汇众创空间获评国家级科技企业孵化器和国家备案众创空间，昆山小核酸产业园入驻企业达到96家。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.LISTED_IN)
			.extracting((r) -> r.source().name(), (r) -> r.target().name())
			.containsExactlyInAnyOrder(tuple("阳澄湖创新孵化器", "国家级科技企业孵化器"), tuple("鹿城创客汇众创空间", "国家备案众创空间"));
	}

	@Test
	void listsTheFirmWhoseProductOrWorkshopEntersAList() {
		List<Relation> relations = extract("安庆华昇新材料股份有限公司主要从事汽车轻量化材料生产，其铝合金压铸车间列入2022年度安徽省智能工厂和数字化车间名单。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LISTED_IN, "安庆华昇新材料股份有限公司", "2022年度安徽省智能工厂和数字化车间名单"));
	}

	@Test
	void pairsNamesAndTitlesOneToOneAfter分别() {
		List<Relation> relations = extract("浙江海川泵业股份有限公司、台州鑫锐电机有限公司分别入选浙江省未来工厂试点名单和2023年度浙江省智能工厂（数字化车间）名单。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.LISTED_IN)
			.extracting((r) -> r.source().name(), (r) -> r.target().name())
			.containsExactlyInAnyOrder(tuple("浙江海川泵业股份有限公司", "浙江省未来工厂试点名单"),
					tuple("台州鑫锐电机有限公司", "2023年度浙江省智能工厂（数字化车间）名单"));
	}

	@Test
	void listsAParkNamedAnHonour() {
		List<Relation> relations = extract("长兴新能源小镇于2019年被命名为省级特色小镇，2023年小镇实现税收收入21.6亿元，集聚新能源企业126家。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.LISTED_IN, "长兴新能源小镇", "省级特色小镇"));
	}

	@Test
	void targetsTheProgrammeNamedLastBeforeTheClauseOfTheIndustries() {
		List<Relation> relations = extract("2023年，市委办、市政府办联合印发《关于加快技能型社会建设的实施意见》，市人社局出台《宜兴市技能人才自主评价实施办法》，"
				+ "全面推行“技能宜兴”行动，将节能环保、电线电缆、新材料、光伏等重点产业的紧缺工种纳入重点培训目录。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.TARGETS)
			.extracting((r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple("技能宜兴行动", "节能环保"), tuple("技能宜兴行动", "电线电缆"), tuple("技能宜兴行动", "新材料"),
					tuple("技能宜兴行动", "光伏"));
	}

	@Test
	void targetsTheIndustryAProgrammesNameSaysItPromotes() {
		List<Relation> relations = extract("县政府于2023年出台了《永修县支持有机硅新材料产业高质量发展若干政策措施》（永府办发〔2023〕21号），"
				+ "从技术改造、研发投入、企业上市、人才引进等方面给予支持。");
		assertThat(relations).extracting(Relation::type, (r) -> r.target().name())
			.contains(tuple(RelationType.TARGETS, "有机硅新材料"));
	}

	@Test
	void supportsWithTheSchemeNamedLastBeforeTheIndustriesClause() {
		List<Relation> relations = extract("2023年，市委市政府出台《乐清市高层次人才引进培养若干政策》（简称“人才新政30条”），全面升级“雁荡英才计划”，"
				+ "重点支持智能电气、新能源、电子信息等产业领域人才创业创新。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.SUPPORTS)
			.extracting((r) -> r.source().name())
			.hasSize(3)
			.allMatch((name) -> name.endsWith("雁荡英才计划"));
	}

	@Test
	void supportsWithEverySchemeOfAListNamedBeforeTheIndustry() {
		List<Relation> relations = extract("大力实施顶尖特优人才倍增行动，新时代慈商和“上林工匠”培育工程，新时代“上林工匠”计划，创新人才工作机制，"
				+ "建立校企人才联合培养合作机制，建设数量充足、结构合理、素质优良的经营管理人才、专业技术人才和技能人才三支队伍，"
				+ "着力培养开拓型经营管理人才、创新性专业技术人才和高素质技能人才，为轴承产业转型升级提供有力的人才支撑和智力保障。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.SUPPORTS)
			.extracting((r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple("顶尖特优人才倍增行动", "轴承"), tuple("新时代慈商和上林工匠培育工程", "轴承"));
	}

	@Test
	void doesNotTargetAPlacesLeadingIndustriesToAProgrammeNamedAfterThem() {
		List<Relation> relations = extract("近年来，我市深入实施创新驱动发展战略，围绕光机电、新能源、新材料、数字经济四大主导产业，持续推进科技企业“双倍增”行动，创新主体不断壮大。");
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.TARGETS);
	}

	@Test
	void leavesTheFocusOfAParkFoundedUnderAnAgreementToThePark() {
		List<Relation> relations = extract("我市与浙江长兴县签订《长兴—广德产业合作框架协议》，共建长三角（广德）产业合作园，重点承接沪苏浙地区汽车零部件、智能装备产业转移。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.FOCUSES_ON, "长三角（广德）产业合作园", "智能装备"))
			.doesNotContain(tuple(RelationType.TARGETS, "长兴—广德产业合作框架协议", "智能装备"));
	}

	@Test
	void focusesTheParkAClauseRefersBackToByItsHead() {
		List<Relation> relations = extract("加快黄岩模具小镇建设，小镇位于黄岩经济开发区，重点发展汽车模具和精密注塑模具，已集聚模具企业260余家。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactlyInAnyOrder(tuple(RelationType.LOCATED_IN, "黄岩模具小镇", "黄岩经济开发区"),
					tuple(RelationType.FOCUSES_ON, "黄岩模具小镇", "汽车模具"),
					tuple(RelationType.FOCUSES_ON, "黄岩模具小镇", "精密注塑模具"));
	}

	@Test
	void doesNotFocusAParkOnAnIndustryItsNameSharesWithAnotherParksFocus() {
		List<Relation> relations = extract("独山港经济开发区重点发展新材料和绿色石化，平湖新材料产业创新服务综合体位于独山港经济开发区，已集聚检测、中试等服务机构14家。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.FOCUSES_ON)
			.extracting((r) -> r.source().name())
			.containsOnly("独山港经济开发区");
	}

	@Test
	void doesNotLocateTheEnterpriseThatBringsOthersToAPark() {
		List<Relation> relations = extract("发挥已落户企业作用，深圳捷鸿电路集团有限公司（以下简称“捷鸿电路”）带动8家上下游配套企业落户广德电子电路产业园。");
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.LOCATED_IN);
	}

	@Test
	void locatesWhatABuildingReferredBackToHolds() {
		List<Relation> relations = extract("乐清人才大厦投入使用，大厦内设乐清市人力资源服务产业园和乐清大学生创业园，已入驻人力资源服务机构36家、大学生创业项目52个。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LOCATED_IN, "乐清大学生创业园", "乐清人才大厦"));
	}

	private List<Relation> extract(String text) {
		return this.extractor.extract(Sentences.mentioned(text, null), "x");
	}

}

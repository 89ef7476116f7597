package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Relations of clauses whose subject is the park a sentence is about, and clauses that have a subject of their own. */
class RelationTopicsTests {

	private final RelationExtractor extractor = new RelationExtractor();

	@Test
	void locatesFirmsThatEnterTheParkTheSentenceIsAbout() {
		List<Relation> relations = extract("依托跨境电子商务综合试验区政策优势，建成石狮海峡跨境电商产业园（以下简称“海峡跨境园”），园区位于宝盖镇，"
				+ "规划面积320亩，重点发展服装、鞋帽、户外用品等跨境电商出口，已入驻福建锦程纺织股份有限公司、石狮市凯瑞服饰有限公司、"
				+ "泉州卓越供应链管理有限公司等企业136家。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LOCATED_IN, "石狮市凯瑞服饰有限公司", "石狮海峡跨境电商产业园"),
					tuple(RelationType.LOCATED_IN, "石狮海峡跨境电商产业园", "宝盖镇"),
					tuple(RelationType.FOCUSES_ON, "石狮海峡跨境电商产业园", "服装"))
			.doesNotContain(tuple(RelationType.LOCATED_IN, "石狮市凯瑞服饰有限公司", "宝盖镇"));
	}

	@Test
	void locatesFirmsThatSignUpToEnterThePark() {
		List<Relation> relations = extract("梅李汽车零部件产业园以汽车零部件为主导产业，常熟华锐汽车部件有限公司、江苏锦程汽车电子有限公司等32家企业已签约入驻。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LOCATED_IN, "常熟华锐汽车部件有限公司", "梅李汽车零部件产业园"),
					tuple(RelationType.LOCATED_IN, "江苏锦程汽车电子有限公司", "梅李汽车零部件产业园"));
	}

	@Test
	void locatesTheParkAPlaceQualifiesWith的AndCarriesAFocusOverClausesThatNameNothing() {
		List<Relation> relations = extract("义乌陆港跨境电商产业园（以下简称“陆港跨境园”）位于义乌国际陆港物流园内，入驻企业420余家，重点发展日用百货、"
				+ "小家电跨境出口；位于北苑街道的北苑数字贸易小微企业园建成投用，入驻跨境电商企业96家。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LOCATED_IN, "北苑数字贸易小微企业园", "北苑街道"),
					tuple(RelationType.FOCUSES_ON, "义乌陆港跨境电商产业园", "日用百货"))
			.doesNotContain(tuple(RelationType.LOCATED_IN, "义乌陆港跨境电商产业园", "北苑街道"),
					tuple(RelationType.LOCATED_IN, "义乌陆港跨境电商产业园", "义乌市"));
	}

	@Test
	void doesNotCarryAFocusOverASubjectNoRecogniserNamed() {
		List<Relation> relations = extract("其中莲华山片区重点发展输配电装备，贺村片区重点发展木业门业及家居配套，山海协作产业园重点发展新能源新材料。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.doesNotContain(tuple(RelationType.FOCUSES_ON, "贺村片区", "新能源新材料"));
	}

	@Test
	void pairsPartnersOnlyWithinTheirOwnItemOfAList() {
		List<Relation> relations = extract("对宁国经开区管委会与合肥工业大学共建的宁国汽车零部件技术研究院、港口园区管委会与中国科学院金属研究所合作设立的"
				+ "耐磨材料研发中心，经认定后按研发设备投入的20%给予补助。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.PARTNERS_WITH, "港口园区管委会", "中国科学院金属研究所"))
			.doesNotContain(tuple(RelationType.PARTNERS_WITH, "宁国汽车零部件技术研究院", "中国科学院金属研究所"));
	}

	@Test
	void locatesTheParksAParkBuildsOrSinglesOutInIt() {
		List<Relation> built = extract("昆山高新区聚焦光电、半导体、小核酸及生物医药产业，高标准建设阳澄湖科技园，园区已集聚各类研发机构46家。");
		assertThat(built).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LOCATED_IN, "阳澄湖科技园", "昆山高新区"));
		List<Relation> singled = extract("新杭新材料产业园、邱村智能装备小微企业园相继建成，其中邱村智能装备小微企业园位于邱村镇，已入驻企业46家。");
		assertThat(singled).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.doesNotContain(tuple(RelationType.LOCATED_IN, "邱村智能装备小微企业园", "新杭新材料产业园"));
	}

	@Test
	void supportsTheFieldOfTheTalentsASchemeSelects() {
		List<Relation> relations = extract("（十）深入实施“天目湖英才计划”，对入选的新能源领域顶尖人才（团队）项目给予最高1亿元综合资助。");
		assertThat(relations).extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.SUPPORTS, "天目湖英才计划", "新能源"));
	}

	@Test
	void doesNotTargetTheIndustriesOfALaterNumberedItemToAProgrammeOfAnEarlierOne() {
		List<Relation> relations = extract("重点做好以下工作：一是深化“产业大脑+未来工厂”建设，力争新增省级智能工厂15家以上；"
				+ "二是推动模具塑料产业向新能源汽车、医疗器械等高端应用领域延伸。");
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.TARGETS);
	}

	@Test
	void doesNotFocusAParkOnAnIndustryItsNameSharesWithTheFocusOfAnotherClause() {
		List<Relation> relations = extract("引导东阳市科创园聚焦电子信息、生物医药、新材料等方向建设专业孵化器，推动横店电子信息科技企业孵化器与"
				+ "横店集团东磁股份有限公司共建磁性材料中试基地。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.FOCUSES_ON)
			.extracting((r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple("东阳市科创园", "电子信息"), tuple("东阳市科创园", "生物医药"), tuple("东阳市科创园", "新材料"));
	}

	@Test
	void focusesTheParkThatIsTheOnlyNameAndSubjectOfAnEarlierClause() {
		List<Relation> relations = extract("目前，位于飞云街道的飞云江智造小微企业园（一期）已开工建设，总投资8.2亿元，建成后将重点引进汽车电子、"
				+ "智能装备等产业，预计可容纳企业80家。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.FOCUSES_ON)
			.extracting((r) -> r.target().name())
			.contains("汽车电子", "智能装备");
	}

	@Test
	void focusesOnASectorCalledAnEmergingIndustry() {
		List<Relation> relations = extract("江山经开区聚焦木业门业、输配电装备、健康生活三大主导产业和新能源新材料新兴产业。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.FOCUSES_ON)
			.extracting((r) -> r.target().name())
			.contains("木业门业", "新能源新材料");
	}

	private List<Relation> extract(String text) {
		return this.extractor.extract(Sentences.mentioned(text, null), "x");
	}

}

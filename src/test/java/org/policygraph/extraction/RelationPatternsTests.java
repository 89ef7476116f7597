package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The typed sentence patterns of the relation stage, each on a sentence of the seed or development documents. */
class RelationPatternsTests {

	private static final EntityRef CIXI = new EntityRef(EntityType.REGION, "慈溪市");

	private final RelationExtractor extractor = new RelationExtractor();

	@Test
	void focusesAParkThatOpensANumberedArticle() {
		List<Relation> relations = extract("第九条 湖州莫干山智造产业园位于德清县，重点发展高端装备和新材料产业，打造全市先进制造业核心承载区。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.FOCUSES_ON, "湖州莫干山智造产业园", "高端装备"),
					tuple(RelationType.FOCUSES_ON, "湖州莫干山智造产业园", "新材料"));
	}

	@Test
	void focusesAParkOnWhatItWorksAround() {
		List<Relation> relations = extract("凤阳经济开发区重点围绕光伏玻璃和石英材料开展技术攻关。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.target().name())
			.contains(tuple(RelationType.FOCUSES_ON, "光伏玻璃"));
	}

	@Test
	void focusesEveryParkAClauseNames() {
		List<Relation> relations = extract("在滁州经济技术开发区、凤阳经济开发区两大平台集中布局光伏玻璃、石英材料等新兴产业。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.FOCUSES_ON).hasSize(4);
	}

	@Test
	void focusesTheParksNamedAsPlatforms() {
		List<Relation> relations = extract("以滁州经济技术开发区、凤阳经济开发区为主平台，推动光伏产业向园区集聚。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactlyInAnyOrder(tuple(RelationType.FOCUSES_ON, "滁州经济技术开发区", "光伏"),
					tuple(RelationType.FOCUSES_ON, "凤阳经济开发区", "光伏"));
	}

	@Test
	void listsTheParkInsideAnotherAndLocatesItThere() {
		List<Relation> relations = extract("凤阳经济开发区内的光伏配套产业园获评省级特色产业园。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactlyInAnyOrder(tuple(RelationType.LISTED_IN, "光伏配套产业园", "省级特色产业园"),
					tuple(RelationType.LOCATED_IN, "光伏配套产业园", "凤阳经济开发区"));
	}

	@Test
	void doesNotChainAnAsciiCommaAfterTheObjectOfAClause() {
		List<Relation> relations = extract("潍坊华动动力科技股份有限公司与山东大学共建国家级内燃机可靠性重点实验室,潍坊学院与山东鲁信重工机械有限公司合作建设农机动力联合研发中心.");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.PARTNERS_WITH)
			.extracting((r) -> r.source().name())
			.doesNotContain("国家级内燃机可靠性重点实验室");
	}

	@Test
	void partnersInstitutionsJoinedBy联合() {
		List<Relation> relations = extract("季华实验室联合佛山市陶瓷学会，共建陶瓷行业数字化转型促进中心，为企业提供诊断评估、方案设计和人才培训等服务。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.PARTNERS_WITH, "季华实验室", "佛山市陶瓷学会"));
	}

	@Test
	void doesNotPartnerAgenciesThatIssueADocumentJointly() {
		List<Relation> relations = extract("省经信厅联合省财政厅出台《安徽省支持汽车零部件企业配套发展若干政策》。");
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.PARTNERS_WITH)
			.contains(RelationType.ISSUED_BY);
	}

	@Test
	void partnersTheSubjectOfTheSentenceWhenAClauseOpensWith联合() {
		List<Relation> relations = extract("市委人才办牵头实施“电气工匠”培育行动，联合乐清市电工电器行业协会开展技能人才评价，每年培育高技能人才1500名以上。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.PARTNERS_WITH, "市委人才办", "乐清市电工电器行业协会"));
	}

	@Test
	void locatesWhatAClauseRefersBackToByItsHead() {
		List<Relation> relations = extract("市政府与温州大学合作共建温州大学乐清电气研究院，研究院落户柳市智能电气小镇，重点开展智能电气关键共性技术研究。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LOCATED_IN, "温州大学乐清电气研究院", "柳市智能电气小镇"));
	}

	@Test
	void listsAnEnterpriseThatUndertakesAProgrammesProject() {
		List<Relation> relations = extract(
				"浙江华瓯电气股份有限公司与西安交通大学共建“智能配电联合研发中心”，宏腾电器集团有限公司与浙江大学联合承担省“尖兵”“领雁”研发攻关计划项目2项。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.LISTED_IN)
			.extracting((r) -> r.source().name())
			.containsExactly("宏腾电器集团有限公司");
	}

	@Test
	void locatesWhatIsSetUpInAPlace() {
		List<Relation> relations = extract("在南昌高新区设立永修（南昌）科创飞地，对入驻飞地的研发团队给予三年免租，吸引在昌高校毕业生为县内企业开展研发服务。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.LOCATED_IN, "永修（南昌）科创飞地", "南昌高新区"));
	}

	@Test
	void locatesACarrierBuiltOnAPark() {
		List<Relation> relations = extract("光伏配套产业园依托滁州经济技术开发区建设，重点发展光伏玻璃。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LOCATED_IN, "光伏配套产业园", "滁州经济技术开发区"));
	}

	@Test
	void readsAnEnterprisesIndustryFromItsBusiness() {
		List<Relation> relations = extract("安庆华昇新材料股份有限公司主要从事汽车轻量化材料生产，其铝合金压铸车间列入2022年度安徽省智能工厂和数字化车间名单。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.IN_INDUSTRY, "安庆华昇新材料股份有限公司", "汽车轻量化材料"));
	}

	@Test
	void readsAnEnterprisesIndustryFromWhatItProducesYearly() {
		List<Relation> relations = extract("今年以来，已签约宁波公牛电器有限公司年产50万台智能家电、汽车零部件等项目6个。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.target().name())
			.contains(tuple(RelationType.IN_INDUSTRY, "智能家电"), tuple(RelationType.IN_INDUSTRY, "汽车零部件"));
	}

	@Test
	void leavesOutTheIndustryABusinessServes() {
		List<Relation> served = extract("宁波公牛电器有限公司是一家专注于智能家电、汽车零部件行业工业互联网平台服务的企业。");
		assertThat(served).extracting(Relation::type).doesNotContain(RelationType.IN_INDUSTRY);
		List<Relation> own = extract("宁波公牛电器有限公司是一家专注于智能家电、汽车零部件研发制造的企业。");
		assertThat(own).extracting(Relation::type).contains(RelationType.IN_INDUSTRY);
	}

	@Test
	void readsTheIndustriesThatTitleALeadingEnterprise() {
		List<Relation> relations = extract("支持智能家电、汽车零部件等行业龙头企业宁波公牛电器有限公司开展并购重组。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactlyInAnyOrder(tuple(RelationType.IN_INDUSTRY, "宁波公牛电器有限公司", "智能家电"),
					tuple(RelationType.IN_INDUSTRY, "宁波公牛电器有限公司", "汽车零部件"));
	}

	@Test
	void putsTheEnterprisesSingledOutBy其中InTheIndustryOfTheSentence() {
		List<Relation> relations = extract(
				"2023年，全县光伏产业实现主营业务收入312亿元，规上企业达到58家，其中安徽旭曜新能源股份有限公司、凤阳金石英新材料有限公司主营收入均超过20亿元。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.IN_INDUSTRY, "安徽旭曜新能源股份有限公司", "光伏"),
					tuple(RelationType.IN_INDUSTRY, "凤阳金石英新材料有限公司", "光伏"));
	}

	@Test
	void doesNotTargetTheIndustriesOfAClauseWithASubjectOfItsOwn() {
		List<Relation> relations = extract(
				"出台《慈溪市深化推进传统制造业改造提升2.0版实施方案（2021-2023年）》，编制完成慈溪市制造业高质量发展“十四五”规划以及慈溪市“十四五”科技创新发展规划，十四五期间，慈溪市将聚焦推动智能家电、关键基础件、汽车制造三大传统产业改造提升，着力推进产业基础高级化和产业链现代化。");
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.TARGETS);
	}

	@Test
	void targetsAnIndustryNamedBeforeTheProgrammeOnlyWhenItsClauseSupportsIt() {
		List<Relation> built = extract("深化研究确定我市可与长三角地区合作的制造业重点产业发展领域，着力打造智能家电等六条标志性产业链，研究制定产业发展对接指引。");
		assertThat(built).extracting(Relation::type).doesNotContain(RelationType.TARGETS);
		List<Relation> supported = extract("省科技厅围绕新能源汽车、智能家电等方向，组织实施《安徽省科技重大专项管理办法》，对揭榜立项的项目给予资助。");
		assertThat(supported).extracting((r) -> r.type(), (r) -> r.target().name())
			.contains(tuple(RelationType.TARGETS, "新能源汽车"), tuple(RelationType.TARGETS, "智能家电"));
	}

	@Test
	void supportsTheIndustriesATalentSchemeIsOpenTo() {
		List<Relation> relations = extract("二是实施“柘林英才计划”，面向光伏等重点产业引进高层次人才和团队。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.SUPPORTS, "柘林英才计划", "光伏"));
	}

	@Test
	void targetsTheIndustriesAProgrammeIsOf() {
		List<Relation> relations = extract("全力推进工业强基企业培育工程、智能家电、汽车零部件等重点产品的产业协同创新及应用示范工程。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.TARGETS, "产业协同创新及应用示范工程", "智能家电"),
					tuple(RelationType.TARGETS, "产业协同创新及应用示范工程", "汽车零部件"));
	}

	@Test
	void listsTheParkAClauseRefersBackTo() {
		List<Relation> relations = extract(
				"出台慈溪市开发区（园区）整合提升方案制定，慈溪智能家电高新技术产业园区申报省级高新园区，园区（筹）列入浙江省开发区（园区）名单（2021年版），完成园区发展定位、项目管理等前期研究。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LISTED_IN, "慈溪智能家电高新技术产业园区", "浙江省开发区（园区）名单（2021年版）"));
	}

	@Test
	void focusesTheParkAClauseFoundsBeforeTheFocus() {
		List<Relation> relations = extract("同时，积极谋划太湖图影数字小镇，重点发展数字经济，目前已列入湖州市级特色小镇培育名单。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.FOCUSES_ON, "太湖图影数字小镇", "数字经济"));
	}

	@Test
	void doesNotFocusThePlaceAParkLiesIn() {
		List<Relation> relations = extract("其中某某创客空间位于江阴临港经济开发区，重点孵化新能源和高端装备领域初创企业。");
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.FOCUSES_ON);
	}

	@Test
	void partnersEachOfAListClosedByACollectiveNoun() {
		List<Relation> relations = extract("芯瑞微、澄扬科技、天泓新材等企业与中国科学院微电子研究所开展技术合作。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.PARTNERS_WITH)
			.extracting((r) -> r.target().name())
			.containsOnly("中国科学院微电子研究所")
			.hasSize(3);
	}

	@Test
	void doesNotFocusAParkOnItsIndustryRestatedOnlyInsideAnotherName() {
		List<Relation> relations = extract(
				"许村镇人民政府与浙江理工大学合作共建海宁经编新材料研究院，研究院入驻海宁经编产业创新服务综合体（以下简称“经编综合体”），累计为企业提供检测、设计、打样服务1.2万余批次。");
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.FOCUSES_ON);
	}

	@Test
	void focusesOnEachIndustryAClauseWorksAroundBefore开展() {
		List<Relation> relations = extract("其中，长兴县新能源电池产业创新服务综合体依托长兴经济技术开发区建设，重点围绕动力电池回收利用和储能电池开展技术攻关。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.FOCUSES_ON, "长兴县新能源电池产业创新服务综合体", "储能电池"));
	}

	@Test
	void listsTheTopicOfTheClauseBeforeAListingClauseWithoutSubject() {
		List<Relation> relations = extract("深化“亩均论英雄”改革，2023年长兴经开区亩均税收达到38.2万元，获评浙江省制造业高质量发展示范园区。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LISTED_IN, "长兴经开区", "浙江省制造业高质量发展示范园区"));
	}

	@Test
	void doesNotListAnAgencyBeforeAListingClauseWithoutSubject() {
		List<Relation> relations = extract("市经信局组织开展数字化改造诊断，入选浙江省中小企业数字化改造试点名单。");
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.LISTED_IN);
	}

	@Test
	void doesNotTargetTheIndustryOfWhatAListTakesIn() {
		List<Relation> relations = extract("同时，积极谋划太湖图影数字小镇，重点发展数字经济，目前已列入湖州市级特色小镇培育名单。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LISTED_IN, "太湖图影数字小镇", "湖州市级特色小镇培育名单"))
			.extracting((t) -> t.toArray()[0])
			.doesNotContain(RelationType.TARGETS);
	}

	@Test
	void targetsTheIndustryThatEntersAList() {
		List<Relation> relations = extract("2021年，照明灯具产业入选全省新一轮质量提升行动11个特色产业名单，新增“品字标浙江制造”企业16家。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name())
			.contains(tuple(RelationType.TARGETS, "全省新一轮质量提升行动11个特色产业名单"));
	}

	@Test
	void targetsTheIndustryOfAParksClusterThatEntersLists() {
		List<Relation> relations = extract("云山经开区有机硅产业集群先后入选江西省重点产业集群和国家中小企业特色产业集群名单。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.TARGETS)
			.extracting((r) -> r.source().name(), (r) -> r.target().name())
			.containsExactlyInAnyOrder(tuple("江西省重点产业集群", "有机硅"), tuple("国家中小企业特色产业集群名单", "有机硅"));
	}

	@Test
	void locatesThePartiesThatSetUpInAParkReferredBackTo() {
		List<Relation> relations = extract(
				"在杭州市余杭区设立长兴（杭州）科创飞地，总面积1.2万平方米，已入驻企业研发中心18家，华鼎装备、超储新能源等企业在飞地设立研发团队。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.LOCATED_IN && r.target().name().endsWith("飞地"))
			.extracting((r) -> r.source().name())
			.containsExactlyInAnyOrder("华鼎装备", "超储新能源");
	}

	private List<Relation> extract(String text) {
		return this.extractor.extract(Sentences.mentioned(text, CIXI), "x");
	}

}

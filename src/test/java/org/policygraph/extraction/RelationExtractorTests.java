package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class RelationExtractorTests {

	private static final EntityRef CIXI = new EntityRef(EntityType.REGION, "慈溪市");

	private final RelationExtractor extractor = new RelationExtractor();

	@Test
	void listsEnterprisesInTheProgrammeAfterTheTrigger() {
		List<Relation> relations = extract("17家企业项目列入宁波市级数字化车间（智能工厂）名单，公牛电器、奥云德电器列入宁波市未来工厂名单，新增工业机器人410台。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LISTED_IN, "公牛电器", "宁波市未来工厂名单"),
					tuple(RelationType.LISTED_IN, "奥云德电器", "宁波市未来工厂名单"));
	}

	@Test
	void listsWhatIsRecognisedAsTheHonourOfAList() {
		List<MentionedSentence> document = Sentences.mentionedDocument("""
				拟认定瓯海智造小微企业园等16个园区为2023年度温州市星级小微企业园，其中五星级园区3个。
				附件：2023年度温州市星级小微企业园名单
				""");
		assertThat(this.extractor.extract(document.get(0), "x"))
			.extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LISTED_IN, "瓯海智造小微企业园", "2023年度温州市星级小微企业园名单"));
	}

	@Test
	void findsPartnersAround与WithAPartnershipVerb() {
		List<Relation> relations = extract("多种形式推进企业智能化改造，腾能智能与凯波集团共建全国首条电熨斗柔性装配示范线已交付使用，蓝卓团队与龙华汽配共建数字化车间。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.PARTNERS_WITH, "腾能智能", "凯波集团"),
					tuple(RelationType.PARTNERS_WITH, "蓝卓团队", "龙华汽配"));
	}

	@Test
	void readsTheIssuingAgencyAheadOfATitle() {
		List<Relation> relations = extract("按工信部《中小企业数字化赋能专项行动方案》的安排，加快数字化转型。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.ISSUED_BY, "中小企业数字化赋能专项行动方案", "工信部"));
	}

	@Test
	void targetsTheIndustriesTheOnlyProgrammeOfASentenceSupports() {
		List<Relation> relations = extract("扎实推进“浙江制造”建设，加快在智能家电、机械基础件、汽车及关键零部件等三大传统制造业企业中培育“浙江制造”品牌。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.TARGETS, "浙江制造", "智能家电"),
					tuple(RelationType.TARGETS, "浙江制造", "机械基础件"),
					tuple(RelationType.TARGETS, "浙江制造", "汽车及关键零部件"));
	}

	@Test
	void placesWhat我市NamesInTheDocumentsCity() {
		List<Relation> relations = extract("目前，我市福尔达、慈兴等11家企业已加入该平台。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target())
			.containsExactly(tuple(RelationType.LOCATED_IN, "福尔达", CIXI), tuple(RelationType.LOCATED_IN, "慈兴", CIXI));
	}

	@Test
	void locatesTheParksListedInBracketsAfterTheirHost() {
		List<Relation> relations = extract(
				"二是贯彻开放共享、功能多元的理念，聚集前湾人才大厦“三园一中心”（上林英才创业园、人力资源产业园、大学生创业园和人才服务中心）优势。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LOCATED_IN, "上林英才创业园", "前湾人才大厦"),
					tuple(RelationType.LOCATED_IN, "人力资源产业园", "前湾人才大厦"));
	}

	@Test
	void locatesNothingInABarePlaceThatOnlyStartsAnUnrecognisedName() {
		List<Relation> relations = extract("在杭州未来科技城布局东阳（杭州）科创飞地，2022年已引进项目18个。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.target().name())
			.doesNotContain(tuple(RelationType.LOCATED_IN, "杭州市"));
	}

	@Test
	void locatesNothingInAParkWhoseBracketsDescribeIt() {
		List<Relation> relations = extract(
				"主要载体情况如下：东阳市科创园（国家级科技企业孵化器，运营主体东阳市国有资本投资集团有限公司，孵化面积4.2万平方米，在孵企业97家）。");
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.LOCATED_IN);
	}

	@Test
	void focusesAParkOnTheIndustryItIsNamedForOnlyWhenTheSentenceRestatesIt() {
		List<Relation> restated = extract("加强对周巷、观海卫等慈溪智能家电小镇建设，推动智能家电产业发展。");
		assertThat(restated).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.FOCUSES_ON, "慈溪智能家电小镇", "智能家电"));
		List<Relation> named = extract("产业创新服务综合体完成全覆盖，智能家电综合体顺利通过省年度绩效评估。");
		assertThat(named).extracting(Relation::type).doesNotContain(RelationType.FOCUSES_ON);
	}

	@Test
	void focusesAParkThatOpensTheClauseBeforeTheTrigger() {
		List<Relation> relations = extract("黄岩智能模具小镇位于黄岩区，重点发展模具和塑料制品产业，本年度共有4家入选企业。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.FOCUSES_ON, "黄岩智能模具小镇", "模具"),
					tuple(RelationType.LOCATED_IN, "黄岩智能模具小镇", "黄岩区"))
			.doesNotContain(tuple(RelationType.FOCUSES_ON, "黄岩智能模具小镇", "塑料"));
	}

	@Test
	void leavesTheFocusOfAPlaceThatIsNoPark() {
		List<Relation> relations = extract("潍坊滨海经济技术开发区重点发展新能源动力和储能装备产业,诸城市重点发展汽车及零部件产业.");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.FOCUSES_ON)
			.extracting((r) -> r.target().name())
			.doesNotContain("汽车及零部件", "汽车");
	}

	@Test
	void readsOnlyTheFirstTitleAfterTheIssuingVerb() {
		List<Relation> relations = extract(
				"根据市经信局、市财政局联合印发的《温州市小微企业园星级评定管理办法》（温经信〔2021〕56号）和《关于开展2023年度小微企业园星级评定工作的通知》要求，组织开展评定工作。");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.ISSUED_BY)
			.extracting((r) -> r.source().name(), (r) -> r.target().name())
			.containsExactlyInAnyOrder(tuple("温州市小微企业园星级评定管理办法", "市经信局"),
					tuple("温州市小微企业园星级评定管理办法", "市财政局"));
	}

	@Test
	void leavesOutPlacesNestedInTheNameOfAnAgency() {
		List<Relation> relations = extract("湖州市人民政府关于印发《湖州市加快先进制造业高质量发展若干政策》的通知");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.ISSUED_BY, "湖州市人民政府"));
	}

	@Test
	void doesNotLocateAParkInTheShortFormItDefines() {
		List<Relation> relations = extract("佛山高新技术产业开发区（以下简称“佛山高新区”）重点发展智能装备、新材料和数字经济，为陶瓷企业数字化改造提供技术和装备支撑。");
		assertThat(relations).extracting(Relation::type).doesNotContain(RelationType.LOCATED_IN);
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.target().name())
			.contains(tuple(RelationType.FOCUSES_ON, "智能装备"), tuple(RelationType.FOCUSES_ON, "新材料"));
	}

	@Test
	void listsEveryMemberOfAListWrittenWithAsciiCommas() {
		List<Relation> relations = extract("潍坊华动动力科技股份有限公司,山东鲁信重工机械有限公司入选山东省智能工厂名单.");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name())
			.contains(tuple(RelationType.LISTED_IN, "潍坊华动动力科技股份有限公司"),
					tuple(RelationType.LISTED_IN, "山东鲁信重工机械有限公司"));
	}

	@Test
	void takesTheSubjectOfTheSentenceAsPartnerWhenAClauseOpensWith与() {
		List<Relation> relations = extract("湖州产业投资发展集团有限公司要开发技改专项贷款和融资担保产品，与市经信局共同建立技改项目融资白名单。");
		assertThat(relations).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.PARTNERS_WITH, "湖州产业投资发展集团有限公司", "市经信局"));
	}

	@Test
	void givesTheSentenceAsEvidence() {
		String text = "滨海区获评浙江省制造业高质量发展四星级工业园区。";
		MentionedSentence sentence = Sentences.mentioned(text, CIXI);
		List<Relation> relations = this.extractor.extract(sentence, "000");
		relations.forEach((relation) -> assertThat(relation.evidence()).isEqualTo(new Evidence("000", text, 0, text.length())));
	}

	private List<Relation> extract(String text) {
		return this.extractor.extract(Sentences.mentioned(text, CIXI), "001");
	}

}

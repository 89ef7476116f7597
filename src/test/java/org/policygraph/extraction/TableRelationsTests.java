package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TableRelationsTests {

	private final TableRelations relations = new TableRelations(Sentences.LEXICONS);

	@Test
	void readsEachRowOfAnEnterpriseListAsOneClause() {
		List<Relation> found = extract("""
				附件
				2023年度台州市级专精特新中小企业名单
				序号 企业名称 所在县（市、区） 所属行业
				1 台州恒锐精密模具有限公司 黄岩区 模具
				7 台州星联智能卫浴有限公司 椒江区 智能马桶
				抄送：省经信厅，市政府办公室，市财政局。
				""");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.LISTED_IN, "台州恒锐精密模具有限公司", "2023年度台州市级专精特新中小企业名单"),
					tuple(RelationType.LOCATED_IN, "台州恒锐精密模具有限公司", "黄岩区"),
					tuple(RelationType.IN_INDUSTRY, "台州恒锐精密模具有限公司", "模具"),
					tuple(RelationType.LISTED_IN, "台州星联智能卫浴有限公司", "2023年度台州市级专精特新中小企业名单"),
					tuple(RelationType.LOCATED_IN, "台州星联智能卫浴有限公司", "椒江区"),
					tuple(RelationType.IN_INDUSTRY, "台州星联智能卫浴有限公司", "智能马桶"));
	}

	@Test
	void givesNoListToRowsAnnouncedAsSomethingElse() {
		List<Relation> found = extract("""
				我市与浙江长兴县签订《长兴—广德产业合作框架协议》，共建长三角（广德）产业合作园。
				2023年签约落户的部分重点项目如下：
				序号  项目名称  投资主体  总投资（亿元）  落户园区
				2  年产5万吨锂电池负极材料项目  安徽中景新能源科技有限公司  22  新杭新材料产业园
				""");
		assertThat(found).extracting(Relation::type).doesNotContain(RelationType.LISTED_IN);
	}

	@Test
	void givesNoListToRowsOfACaptionThatNamesNone() {
		List<Relation> found = extract("""
				深入实施科技型企业倍增计划，2023年新增高新技术企业38家。
				附表：我市陶瓷领域校企联合实验室（部分）
				序号 企业名称 合作高校院所 实验室名称 认定级别
				1 湖南醴瓷华彩股份有限公司 景德镇陶瓷大学 日用陶瓷釉料联合实验室 株洲市级
				""");
		assertThat(found).extracting(Relation::type).doesNotContain(RelationType.LISTED_IN);
	}

	@Test
	void givesRowsNoListFromThePolicyTheyAreListedUnder() {
		List<Relation> found = extract("""
				根据《丽水市企业技术中心认定管理办法》，经评审，拟认定以下企业：
				序号 企业名称 所在地 所属领域
				2 丽水芯拓半导体有限公司 莲都区 半导体
				""");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.target().name())
			.doesNotContain(tuple(RelationType.LISTED_IN, "丽水市企业技术中心认定管理办法"));
	}

	@Test
	void givesRowsTheListTheirCaptionSaysTheyEntered() {
		List<Relation> found = this.relations.extract(Sentences.mentionedDocument("""
				2023年，海川泵业、锋锐工具等4家企业入选第五批国家级专精特新“小巨人”企业名单。
				表1  2023年我市入选第五批国家级专精特新“小巨人”企业情况
				序号  企业名称  所在镇（街道）  主导产品
				5  温岭市卓越刀具有限公司  新河镇  齿轮刀具
				"""), "x");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LISTED_IN, "温岭市卓越刀具有限公司", "第五批国家级专精特新小巨人企业名单"));
	}

	@Test
	void givesParksTheIndustriesOfTheirColumnSplitAtCommas() {
		List<Relation> found = extract("2023年度温州市星级小微企业园名单\n\n序号\t园区名称\t所在地\t主导产业\t运营主体\t星级\n"
				+ "1\t瓯海智造小微企业园\t瓯海区\t智能装备、眼镜\t温州瓯智园区运营管理有限公司\t五星级\n");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.source(), (r) -> r.target().name())
			.contains(tuple(RelationType.FOCUSES_ON, new EntityRef(EntityType.PARK, "瓯海智造小微企业园"), "智能装备"),
					tuple(RelationType.FOCUSES_ON, new EntityRef(EntityType.PARK, "瓯海智造小微企业园"), "眼镜"),
					tuple(RelationType.LOCATED_IN, new EntityRef(EntityType.PARK, "瓯海智造小微企业园"), "瓯海区"));
	}

	@Test
	void readsATableWithoutNumberColumnSeparatedByBars() {
		List<Relation> found = extract("""
				第二批省级特色产业园区名录
				园区名称 | 所在地 | 主导产业
				鹿城激光光电小微企业园 | 鹿城区 | 激光与光电
				""");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.LISTED_IN, "鹿城激光光电小微企业园", "第二批省级特色产业园区名录"),
					tuple(RelationType.LOCATED_IN, "鹿城激光光电小微企业园", "鹿城区"),
					tuple(RelationType.FOCUSES_ON, "鹿城激光光电小微企业园", "激光与光电"));
	}

	@Test
	void placesARowInTheMostSpecificDivisionAndListsItInTheAnnex() {
		List<Relation> found = this.relations.extract(Sentences.mentionedDocument("""
				附件：2024年度省级产业创新服务综合体创建名单

				序号 综合体名称 所在地 产业领域 建设主体（依托单位）
				1 温岭市泵与电机产业创新服务综合体 台州市温岭市 泵与电机 温岭市人民政府（浙江利欧泵业检测研究院）
				"""), "x");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.source(), (r) -> r.target())
			.containsExactly(
					tuple(RelationType.LISTED_IN, new EntityRef(EntityType.PARK, "温岭市泵与电机产业创新服务综合体"),
							new EntityRef(EntityType.PROGRAMME, "2024年度省级产业创新服务综合体创建名单")),
					tuple(RelationType.LOCATED_IN, new EntityRef(EntityType.PARK, "温岭市泵与电机产业创新服务综合体"),
							new EntityRef(EntityType.REGION, "温岭市")),
					tuple(RelationType.FOCUSES_ON, new EntityRef(EntityType.PARK, "温岭市泵与电机产业创新服务综合体"),
							new EntityRef(EntityType.INDUSTRY, "泵与电机")));
	}

	@Test
	void readsTheApplicantColumnAsTheNamesWhenNoColumnIsNamedSo() {
		List<Relation> found = this.relations.extract(Sentences.mentionedDocument("""
				2023年度省级企业研究院名单
				序号 申报单位 推荐单位 所属行业
				1 浙江恒锐精密模具有限公司 黄岩区经信局 模具
				"""), "x");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.LISTED_IN, "浙江恒锐精密模具有限公司", "2023年度省级企业研究院名单"),
					tuple(RelationType.IN_INDUSTRY, "浙江恒锐精密模具有限公司", "模具"));
	}

	@Test
	void placesARowInTheParkOfItsParkColumn() {
		List<Relation> found = this.relations.extract(Sentences.mentionedDocument("""
				序号 企业名称 所在园区 所属行业
				1 浙江恒锐精密模具有限公司 黄岩经济开发区 模具
				"""), "x");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.target())
			.contains(tuple(RelationType.LOCATED_IN, new EntityRef(EntityType.PARK, "黄岩经济开发区")));
	}

	@Test
	void placesARowInTheParkItsPlaceColumnNames() {
		List<Relation> found = this.relations.extract(Sentences.mentionedDocument("""
				序号 企业名称 所在地 所属领域
				2 丽水芯拓半导体有限公司 丽水经开区 半导体
				7 浙江绿谷康源药业有限公司 莲都区 健康医药
				"""), "x");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.target())
			.contains(tuple(RelationType.LOCATED_IN, new EntityRef(EntityType.PARK, "丽水经开区")),
					tuple(RelationType.LOCATED_IN, new EntityRef(EntityType.REGION, "莲都区")));
	}

	@Test
	void readsAListOfProjectsAsAboutTheirApplicants() {
		List<Relation> found = this.relations.extract(Sentences.mentionedDocument("""
				2023年度省级重点技术改造项目名单
				序号 项目名称 申报单位 所在地
				1 年产10万台高效电机智能化改造项目 浙江百川鞋业机械有限公司 温岭市
				"""), "x");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.LISTED_IN, "浙江百川鞋业机械有限公司", "2023年度省级重点技术改造项目名单"),
					tuple(RelationType.LOCATED_IN, "浙江百川鞋业机械有限公司", "温岭市"));
	}

	@Test
	void placesARowInTheLastOfItsPlaceColumns() {
		List<Relation> found = this.relations.extract(Sentences.mentionedDocument("""
				序号 企业名称 设区市 县（市、区）
				1 浙江百川鞋业机械有限公司 台州市 温岭市
				"""), "x");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.LOCATED_IN, "温岭市"));
	}

	@Test
	void ignoresTextWithoutAHeaderRow() {
		assertThat(extract("1 台州恒锐精密模具有限公司 黄岩区 模具\n2 浙江科锐模塑科技有限公司 黄岩区 模具\n")).isEmpty();
	}

	private List<Relation> extract(String text) {
		return this.relations.extract(Sentences.mentionedAll(text), "x");
	}

}

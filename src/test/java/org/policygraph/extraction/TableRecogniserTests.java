package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TableRecogniserTests {

	private final TableRecogniser recogniser = new TableRecogniser(Sentences.LEXICONS);

	@Test
	void typesTheCellsOfEachRowByTheColumnsOfTheHeader() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				序号	园区名称	所在地	主导产业	运营主体	星级
				1	瓯海智造小微企业园	瓯海区	智能装备、眼镜	温州瓯智园区运营管理有限公司	五星级
				"""));
		assertThat(mentions.get(0)).isEmpty();
		assertThat(mentions.get(1)).extracting(Mention::type, Mention::name)
			.containsExactly(tuple(EntityType.PARK, "瓯海智造小微企业园"),
					tuple(EntityType.REGION, "瓯海区"),
					tuple(EntityType.INDUSTRY, "智能装备"),
					tuple(EntityType.INDUSTRY, "眼镜"),
					tuple(EntityType.ENTERPRISE, "温州瓯智园区运营管理有限公司"));
	}

	@Test
	void readsCellsSeparatedBySingleSpaces() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				序号 企业名称 所在县（市、区） 所属行业
				16 浙江百川鞋业机械有限公司 温岭市 机床装备
				"""));
		assertThat(Sentences.names(mentions.get(1))).containsExactly("浙江百川鞋业机械有限公司", "温岭市", "机床装备");
	}

	@Test
	void readsRowsNumberedWithAPause() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				序号 企业名称 所在县（市、区） 所属行业
				16、 浙江百川鞋业机械有限公司 温岭市 机床装备
				"""));
		assertThat(Sentences.names(mentions.get(1))).containsExactly("浙江百川鞋业机械有限公司", "温岭市", "机床装备");
	}

	@Test
	void endsTheTableAtTheFirstRowOfAnotherShape() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				序号 企业名称 所在县（市、区） 所属行业
				抄送：省经信厅，市政府办公室，市财政局。
				"""));
		assertThat(mentions.get(1)).isEmpty();
	}

	@Test
	void typesNamesByTheHeadOfTheColumnWordAndPartiesByTheirOwnHeads() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				序号 综合体名称 所在地 产业领域 建设主体（依托单位）
				1 温岭市泵与电机产业创新服务综合体 台州市温岭市 泵与电机 温岭市人民政府（浙江利欧泵业检测研究院）
				"""));
		assertThat(mentions.get(1)).extracting(Mention::type, Mention::name)
			.containsExactly(tuple(EntityType.PARK, "温岭市泵与电机产业创新服务综合体"),
					tuple(EntityType.REGION, "台州市"), tuple(EntityType.REGION, "温岭市"),
					tuple(EntityType.INDUSTRY, "泵与电机"), tuple(EntityType.AGENCY, "温岭市人民政府"),
					tuple(EntityType.INSTITUTION, "浙江利欧泵业检测研究院"));
	}

	@Test
	void findsTheNamesOfTheRowsInTheProseAroundTheTable() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				其中，长兴县新能源电池产业创新服务综合体依托长兴经济技术开发区建设。
				序号 综合体名称 所在地 产业领域
				4 长兴县新能源电池产业创新服务综合体 湖州市长兴县 新能源电池
				"""));
		assertThat(mentions.get(0)).extracting(Mention::type, Mention::name)
			.containsExactly(tuple(EntityType.PARK, "长兴县新能源电池产业创新服务综合体"));
	}

	@Test
	void leavesALongerNameThatBeginsWithATableNameToTheProse() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				已有23家企业入驻温岭经济开发区专精特新产业园。
				序号 园区名称 所在地
				1 温岭经济开发区 温岭市
				"""));
		assertThat(mentions.get(0)).isEmpty();
	}

	@Test
	void leavesSectorWordsInsideATableNameToTheIndustryColumn() {
		Mention park = new Mention(EntityType.PARK, "玉环市水暖阀门产业创新服务综合体", 2, 18);
		Mention valves = new Mention(EntityType.INDUSTRY, "阀门", 7, 9);
		Mention column = new Mention(EntityType.INDUSTRY, "水暖阀门", 26, 30);
		assertThat(TableRecogniser.withoutSectorsInside(List.of(park, valves, column), List.of(park, column)))
			.containsExactly(park, column);
	}

	@Test
	void leavesANoteInBracketsOutOfTheName() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				序号 企业名称 所属行业
				16 浙江百川鞋业机械有限公司（温岭市） 机床装备
				"""));
		assertThat(Sentences.names(mentions.get(1), EntityType.ENTERPRISE)).containsExactly("浙江百川鞋业机械有限公司");
	}

	@Test
	void keepsReadingRowsWhoseLastUntypedCellsAreBlank() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll(
				"序号\t企业名称\t所在地\t所属行业\t备注\n1\t台州恒锐精密模具有限公司\t\t模具\t\n2\t浙江科锐模塑科技有限公司\t黄岩区\t模具\n"));
		assertThat(mentions.get(1)).extracting(Mention::type, Mention::name)
			.containsExactly(tuple(EntityType.ENTERPRISE, "台州恒锐精密模具有限公司"), tuple(EntityType.INDUSTRY, "模具"));
		assertThat(Sentences.names(mentions.get(2))).containsExactly("浙江科锐模塑科技有限公司", "黄岩区", "模具");
	}

	@Test
	void leavesProseAlone() {
		List<List<Mention>> mentions = this.recogniser
			.recognise(Sentences.analyseAll("乐清智能电气小微企业园以电气产业为主导，入园企业中规上企业占比达到68%。"));
		assertThat(mentions).allMatch(List::isEmpty);
	}

	@Test
	void typesACompanyByItsSuffixWhateverTheColumnsWord() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				序号 机构名称 所在地 运营园区
				1 嘉兴南湖高科园区运营管理有限公司 南湖区 嘉兴南湖智能装备小微企业园
				"""));
		assertThat(Sentences.names(mentions.get(1), EntityType.ENTERPRISE))
			.containsExactly("嘉兴南湖高科园区运营管理有限公司");
	}

}

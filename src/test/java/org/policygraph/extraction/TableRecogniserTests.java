package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
			.containsExactly(org.assertj.core.groups.Tuple.tuple(EntityType.PARK, "瓯海智造小微企业园"),
					org.assertj.core.groups.Tuple.tuple(EntityType.REGION, "瓯海区"),
					org.assertj.core.groups.Tuple.tuple(EntityType.INDUSTRY, "智能装备"),
					org.assertj.core.groups.Tuple.tuple(EntityType.INDUSTRY, "眼镜"),
					org.assertj.core.groups.Tuple.tuple(EntityType.ENTERPRISE, "温州瓯智园区运营管理有限公司"));
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
	void endsTheTableAtTheFirstRowOfAnotherShape() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				序号 企业名称 所在县（市、区） 所属行业
				抄送：省经信厅，市政府办公室，市财政局。
				"""));
		assertThat(mentions.get(1)).isEmpty();
	}

	@Test
	void leavesProseAlone() {
		List<List<Mention>> mentions = this.recogniser
			.recognise(Sentences.analyseAll("乐清智能电气小微企业园以电气产业为主导，入园企业中规上企业占比达到68%。"));
		assertThat(mentions).allMatch(List::isEmpty);
	}

}

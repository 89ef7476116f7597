package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ListLinesTests {

	private final ListLines lists = new ListLines();

	@Test
	void listsEachNameWrittenOnALineOfItsOwnUnderTheAnnexTitle() {
		List<Relation> found = extract("""
				附件：2023年度台州市级专精特新中小企业名单
				一、汽车零部件（2家）
				1. 浙江瑞丰汽车零部件股份有限公司（黄岩区）
				2、浙江弘盛汽车部件有限公司
				二、模具（1家）
				3．台州恒锐精密模具有限公司
				台州市经济和信息化局
				""");
		assertThat(found).extracting((r) -> r.type(), (r) -> r.source().name(), (r) -> r.target().name())
			.containsExactly(tuple(RelationType.LISTED_IN, "浙江瑞丰汽车零部件股份有限公司", "2023年度台州市级专精特新中小企业名单"),
					tuple(RelationType.LISTED_IN, "浙江弘盛汽车部件有限公司", "2023年度台州市级专精特新中小企业名单"),
					tuple(RelationType.LISTED_IN, "台州恒锐精密模具有限公司", "2023年度台州市级专精特新中小企业名单"));
	}

	@Test
	void listsEveryNameOfALabelledLine() {
		List<Relation> found = extract("""
				附件：2023年度台州市级专精特新中小企业名单
				汽车零部件（2家）：浙江瑞丰汽车零部件股份有限公司（黄岩区）、浙江弘盛汽车部件有限公司
				""");
		assertThat(found).extracting((r) -> r.source().name())
			.containsExactly("浙江瑞丰汽车零部件股份有限公司", "浙江弘盛汽车部件有限公司");
	}

	@Test
	void endsTheListAtALineThatSaysMoreThanNames() {
		List<Relation> found = extract("""
				附件：2023年度台州市级专精特新中小企业名单
				1. 浙江瑞丰汽车零部件股份有限公司牵头组建创新联合体
				2. 浙江弘盛汽车部件有限公司
				""");
		assertThat(found).isEmpty();
	}

	@Test
	void endsTheListAtTheFirstLineOfProse() {
		List<Relation> found = extract("""
				2023年度台州市级专精特新中小企业名单
				对列入名单的企业给予奖励。
				台州恒锐精密模具有限公司
				""");
		assertThat(found).isEmpty();
	}

	@Test
	void needsAListTitleAboveTheNames() {
		assertThat(extract("台州恒锐精密模具有限公司\n浙江科锐模塑科技有限公司\n")).isEmpty();
	}

	private List<Relation> extract(String text) {
		return this.lists.extract(Sentences.mentionedDocument(text), "x");
	}

}

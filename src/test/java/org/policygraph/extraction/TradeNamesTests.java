package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TradeNamesTests {

	private final MentionRecognition recognition = new MentionRecognition(Sentences.LEXICONS);

	@Test
	void findsTheTradeNamesOfCompaniesNamedInFullAndListsThem() {
		List<Relation> relations = new RelationExtractor().extract(Sentences.mentionedDocument(
				"已入驻福建锦程纺织股份有限公司、石狮市凯瑞服饰有限公司、泉州卓越供应链管理有限公司等企业136家，锦程纺织、凯瑞服饰入选2023年度福建省跨境电商重点企业名单。")
			.get(0), "x");
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.LISTED_IN)
			.extracting((r) -> r.source().name(), (r) -> r.target().name())
			.containsExactlyInAnyOrder(tuple("福建锦程纺织股份有限公司", "2023年度福建省跨境电商重点企业名单"),
					tuple("石狮市凯瑞服饰有限公司", "2023年度福建省跨境电商重点企业名单"));
	}

	@Test
	void makesTheTradeNameAnAliasOfTheCompanyInLaterSentences() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"浙江海川泵业股份有限公司列入2023年度浙江省智能工厂（数字化车间）名单。海川泵业入选浙江省未来工厂试点名单。"));
		assertThat(mentions.get(0)).filteredOn((mention) -> mention.type() == EntityType.ENTERPRISE)
			.flatExtracting(Mention::aliases)
			.contains("海川泵业");
		assertThat(Sentences.names(mentions.get(1), EntityType.ENTERPRISE)).containsExactly("海川泵业");
	}

	@Test
	void takesNoTradeNameFromACommonPhraseAfterTheCompanysOwnName() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"浙江新锐精密轴承股份有限公司牵头攻关。全县精密轴承产量增长12%。"));
		assertThat(Sentences.names(mentions.get(1), EntityType.ENTERPRISE)).isEmpty();
	}

}

package org.policygraph.extraction;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class OpeningAnaphorsTests {

	@Test
	void listsTheParkTheSentenceBeforeNamedWhenASentenceOpensWithItsHead() {
		List<MentionedSentence> sentences = Sentences.mentionedDocument(
				"二是建设清河羊绒小镇。小镇规划面积3.6平方公里，集羊绒交易、创意设计于一体，入选河北省首批特色小镇创建名单，2023年完成投资12.3亿元。");
		assertThat(new RelationExtractor().extract(sentences.get(1), "x"))
			.extracting(Relation::type, (r) -> r.source().name(), (r) -> r.target().name())
			.contains(tuple(RelationType.LISTED_IN, "清河羊绒小镇", "河北省首批特色小镇创建名单"));
	}

	@Test
	void takesNoHeadForAParkWhenTheSentenceBeforeNamedSeveral() {
		List<MentionedSentence> sentences = Sentences.mentionedDocument(
				"建成清河羊绒小镇和清河汽配小镇。小镇规划面积3.6平方公里，入选河北省首批特色小镇创建名单。");
		assertThat(sentences.get(1).ofTypes(Set.of(EntityType.PARK))).isEmpty();
	}

}

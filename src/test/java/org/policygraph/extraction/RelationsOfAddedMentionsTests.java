package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relation rules on sentences where the recognisers miss one name for now (a sector word before 企业): the missing
 * mention is added as its recogniser would give it.
 */
class RelationsOfAddedMentionsTests {

	private final RelationExtractor extractor = new RelationExtractor();

	@Test
	void givesEachEnterpriseOfACountedListTheIndustryTheyShare() {
		String text = "2022年，恒纬经编、金丝带经编、海宁天元经编有限公司、浙江佳丽达纺织品有限公司、海宁市双菱经编厂、新宇纺织等32家经编企业完成数字化改造。";
		int at = text.indexOf("经编企业");
		List<Relation> relations = extractWith(text, new Mention(EntityType.INDUSTRY, "经编", at, at + 2));
		assertThat(relations).filteredOn((r) -> r.type() == RelationType.IN_INDUSTRY)
			.extracting((r) -> r.source().name())
			.containsExactlyInAnyOrder("恒纬经编", "金丝带经编", "海宁天元经编有限公司", "浙江佳丽达纺织品有限公司", "海宁市双菱经编厂", "新宇纺织");
	}

	/** The relations of a sentence with one more mention than the recognisers give, as a recogniser of that type would. */
	private List<Relation> extractWith(String text, Mention added) {
		MentionedSentence recognised = Sentences.mentioned(text, null);
		List<Mention> mentions = new ArrayList<>(recognised.mentions());
		mentions.add(added);
		mentions.sort(Comparator.comparingInt(Mention::start));
		Map<Mention, EntityRef> refs = mentions.stream()
			.collect(Collectors.toMap(Function.identity(), (m) -> new EntityRef(m.type(), m.name())));
		return this.extractor.extract(new MentionedSentence(recognised.sentence(), mentions, refs, null), "x");
	}

}

package org.policygraph.extraction;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause that opens with a bare head word referring back to a name the sentence gave before (研究院入驻…, 该企业入选…,
 * 加快黄岩模具小镇建设，小镇位于…): the nearest earlier name with that head is what the clause is about; 园区 refers back
 * to any park (建成石狮海峡跨境电商产业园，园区位于宝盖镇), and so do 该园 (…太仓航空产业园…，该园重点发展…), 该院 and 该区 to a
 * name with that last character.
 */
final class BackReference {

	/** Words that open a clause and refer back to the name that opened the clause before. */
	private static final Pattern ANAPHOR = Pattern
		.compile("(?:该|此|这个)?(园区|产业园|小镇|企业|公司|集团|研究院|中心|综合体|众创空间|孵化器|大厦|飞地)(?:（筹）)?|[该此](园|院|区)");

	private BackReference() {
	}

	/** The name of one of the types that the text from {@code from} refers back to by its opening word, if any. */
	static Optional<Mention> resolve(MentionedSentence sentence, int from, int to, Set<EntityType> types) {
		Matcher anaphor = ANAPHOR.matcher(sentence.between(from, to));
		if (!anaphor.lookingAt()) {
			return Optional.empty();
		}
		String head = (anaphor.group(1) != null) ? anaphor.group(1) : anaphor.group(2);
		return sentence.ofTypes(types)
			.stream()
			.filter((mention) -> mention.end() < from && !sentence.isNested(mention))
			.filter((mention) -> mention.name().endsWith(head)
					|| head.equals("企业") && mention.type() == EntityType.ENTERPRISE
					|| head.startsWith("园") && mention.type() == EntityType.PARK)
			.reduce((first, second) -> second);
	}

}

package org.policygraph.extraction;

import java.util.regex.Pattern;

/**
 * Names before a trigger that only qualify its subject (乐清经济开发区内的乐清市电气科技企业孵化器获评…,
 * 云山经开区有机硅产业集群入选…), except a firm whose own product, workshop, plant, project or brand enters a list
 * (鑫锐电机的屏蔽电机产品入选…, 其铝合金压铸车间列入…), which lists the firm itself.
 */
final class Qualifiers {

	private static final Pattern OWN = Pattern.compile("的?[^，。；、的]{0,12}(?:产品|车间|工厂|项目|生产线|品牌)");

	private static final Pattern ITS = Pattern.compile("其" + OWN.pattern());

	private Qualifiers() {
	}

	/** Whether a name ahead of the trigger at {@code at} only qualifies the subject of a relation of the given type. */
	static boolean qualifies(MentionedSentence sentence, Mention mention, int at, RelationType type) {
		String after = sentence.between(mention.end(), mention.end() + 2);
		boolean qualifies = after.startsWith("的") || after.equals("内的") || sentence.mentions()
			.stream()
			.anyMatch((m) -> m.start() == mention.end() && m.type() == EntityType.INDUSTRY);
		return qualifies && !(type == RelationType.LISTED_IN && OWN.matcher(sentence.between(mention.end(), at)).matches());
	}

	/** Whether a clause opens with 其 and an entrant of the firm the sentence is about (其铝合金压铸车间). */
	static boolean isItsOwn(String clause) {
		return ITS.matcher(clause).matches();
	}

}

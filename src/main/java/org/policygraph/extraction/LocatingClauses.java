package org.policygraph.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a locating clause (位于, 入驻, 落户) relates when it does not name both ends itself: the park the sentence is about,
 * a name a place qualifies after 的, and places that only start a name no recogniser found.
 */
final class LocatingClauses {

	/** A bare place followed by a character that continues a name rather than ending the place. */
	private static final Pattern BARE_PLACE_ON = Pattern.compile(".+[^省市区县镇乡道]\\p{IsHan}(?<![的内和与及等])");

	/** A character after a bare place that continues a name (杭州未来科技城, 杭州城西科创大走廊). */
	private static final Pattern NAME_GOES_ON = Pattern.compile("\\p{IsHan}(?<![的内和与及等])");

	private LocatingClauses() {
	}

	/**
	 * The park a sentence named before a locating clause that names no place (A产业园以…为主导产业，B、C等32家企业已签约入驻;
	 * 园区位于宝盖镇，…，已入驻A、B等企业): firms that enter or settle enter that park.
	 */
	static List<Mention> host(MentionedSentence sentence, int from) {
		return sentence.ofTypes(Set.of(EntityType.PARK))
			.stream()
			.filter((mention) -> mention.end() < from && !sentence.isNested(mention))
			.reduce((first, second) -> second)
			.stream()
			.toList();
	}

	/**
	 * The name a place qualifies after 的, which is what a clause without a subject of the given types between
	 * {@code from} and the trigger at {@code at} locates: 位于北苑街道的北苑数字贸易小微企业园.
	 */
	static List<Mention> postposed(MentionedSentence sentence, Set<EntityType> types, List<Mention> objects, int from,
			int at) {
		if (objects.isEmpty() || sentence.ofTypes(types)
			.stream()
			.anyMatch((mention) -> mention.start() >= from && mention.end() <= at)) {
			return List.of();
		}
		int end = objects.get(objects.size() - 1).end();
		return sentence.ofTypes(types)
			.stream()
			.filter((mention) -> mention.start() == end + 1 && sentence.between(end, mention.start()).equals("的"))
			.filter((mention) -> !sentence.isNested(mention))
			.toList();
	}

	/**
	 * Whether a place written in its bare form runs on into a name no recogniser found (位于义乌国际陆港物流园内,
	 * 位于萧山科技城): the place then only qualifies what the clause locates in, which is not the place itself.
	 */
	static boolean runsOn(MentionedSentence sentence, Mention mention) {
		return mention.type() == EntityType.REGION
				&& (BARE_PLACE_ON.matcher(sentence.between(mention.start(), mention.end() + 1)).matches()
						|| isBare(sentence, mention) && NAME_GOES_ON.matcher(sentence.between(mention.end(),
								mention.end() + 1)).matches());
	}

	/** Whether a place is written without its suffix (杭州 for 杭州市). */
	private static boolean isBare(MentionedSentence sentence, Mention mention) {
		return !sentence.between(mention.start(), mention.end()).equals(mention.name());
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a place written with its higher divisions in front ({@code 台州市温岭市}, {@code 浙江省杭州市余杭区}) into
 * those divisions, highest first; a place that is one division ({@code 台州湾新区}) stays whole.
 */
final class CompoundPlace {

	private static final String HIGHER = ".+(省|自治区|市|州|盟)";

	private static final String LOWEST = "\\p{IsHan}{1,10}(市|县|区|旗|镇|乡|街道)";

	private static final Pattern UNLISTED = Pattern.compile("\\p{IsHan}{1,3}?(省|市)");

	private CompoundPlace() {
	}

	static List<Sentence> parts(Sentence place, Lexicons lexicons) {
		List<Sentence> parts = new ArrayList<>();
		String text = place.text();
		int from = 0;
		String higher = higherDivision(text, from, lexicons);
		while (higher != null) {
			parts.add(new Sentence(higher, place.start() + from, place.start() + from + higher.length()));
			from += higher.length();
			higher = higherDivision(text, from, lexicons);
		}
		String rest = text.substring(from);
		if (parts.isEmpty() || !rest.matches(LOWEST)) {
			return List.of(place);
		}
		parts.add(new Sentence(rest, place.start() + from, place.end()));
		return parts;
	}

	/**
	 * The province or city that starts the text at the offset and leaves a place after it: the longest of the lexicon,
	 * else a short name ending in 省 or 市 followed by a place with its suffix (九江市永修县).
	 */
	private static String higherDivision(String text, int from, Lexicons lexicons) {
		return lexicons.regions()
			.stream()
			.filter((region) -> region.matches(HIGHER) && text.startsWith(region, from)
					&& text.length() - from - region.length() >= 2)
			.max((a, b) -> Integer.compare(a.length(), b.length()))
			.orElseGet(() -> unlisted(text.substring(from)));
	}

	private static String unlisted(String text) {
		Matcher higher = UNLISTED.matcher(text);
		return (higher.lookingAt() && text.substring(higher.end()).matches(LOWEST)) ? higher.group() : null;
	}

}

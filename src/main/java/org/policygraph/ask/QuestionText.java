package org.policygraph.ask;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts a question, and every name it is compared with, into one written form: full-width characters folded to
 * half-width (？ → ?), spaces, quotes and title marks (“” 「」 《》) removed, Latin letters lower-cased; a question also
 * loses the punctuation around it.
 */
final class QuestionText {

	private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Z}\"'“”‘’「」『』《》〈〉【】]+");

	private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[\\p{P}~]+|[\\p{P}~]+$");

	private QuestionText() {
	}

	/** The written form of a name, used as a dictionary key. */
	static String key(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return IGNORED.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** The written form of a question, without the punctuation that opens or closes it. */
	static String question(String text) {
		return OUTER_PUNCTUATION.matcher(key(text)).replaceAll("");
	}

}

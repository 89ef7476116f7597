package org.policygraph.extraction.evaluation;

import java.util.Locale;

/**
 * Normalises names and field values the way the guideline's scoring section says: full-width ASCII folded to
 * half-width, quote and bracket characters and whitespace removed, Latin letters lower-cased.
 */
final class NameNormaliser {

	private static final int FULL_WIDTH_OFFSET = 0xFEE0;

	private NameNormaliser() {
	}

	/** The normalised form, or {@code null} for {@code null}. */
	static String normalise(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder normalised = new StringBuilder(text.length());
		text.codePoints().map(NameNormaliser::halfWidth).filter((c) -> !isDropped(c)).forEach(normalised::appendCodePoint);
		return normalised.toString().toLowerCase(Locale.ROOT);
	}

	private static int halfWidth(int c) {
		if (c >= 0xFF01 && c <= 0xFF5E) {
			return c - FULL_WIDTH_OFFSET;
		}
		return (c == 0x3000) ? ' ' : c;
	}

	// Brackets and quotes are the Unicode opening, closing and quote punctuation classes (《》“”「」〔〕（）…)
	// plus the ASCII quotes, which Unicode files as other punctuation.
	private static boolean isDropped(int c) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"' || c == '\'') {
			return true;
		}
		int category = Character.getType(c);
		return category == Character.START_PUNCTUATION || category == Character.END_PUNCTUATION
				|| category == Character.INITIAL_QUOTE_PUNCTUATION || category == Character.FINAL_QUOTE_PUNCTUATION;
	}

}

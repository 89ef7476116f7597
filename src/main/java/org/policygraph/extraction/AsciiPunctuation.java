package org.policygraph.extraction;

import java.util.regex.Pattern;

/**
 * Folds ASCII punctuation used in place of full-width punctuation (, ; : ( ) . " ' ? !) to its full-width form, so
 * that segmentation, splitting and the recognisers see the same text whichever the author typed; every character
 * maps to one character, so offsets stay valid. Punctuation inside numbers (4.6, 1,000, 10:30) and Latin text is kept.
 */
final class AsciiPunctuation {

	private static final Pattern THOUSANDS = Pattern.compile("\\d{3}(?!\\d)");

	private AsciiPunctuation() {
	}

	static String fold(String text) {
		return quotes(punctuation(text));
	}

	private static String punctuation(String text) {
		char[] folded = text.toCharArray();
		for (int i = 0; i < text.length(); i++) {
			char previous = (i > 0) ? text.charAt(i - 1) : ' ';
			char next = (i + 1 < text.length()) ? text.charAt(i + 1) : ' ';
			folded[i] = (text.charAt(i) == ',' && isListedNumber(text, i)) ? '、' : fold(text.charAt(i), previous, next);
		}
		return new String(folded);
	}

	/** Straight quotes open and close in turn within a line; single quotes nest inside double ones. */
	private static String quotes(String text) {
		char[] folded = text.toCharArray();
		boolean doubleOpen = false;
		boolean singleOpen = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean chineseAround = i > 0 && isChinese(text.charAt(i - 1))
					|| i + 1 < text.length() && isChinese(text.charAt(i + 1));
			if (c == '\n') {
				doubleOpen = false;
				singleOpen = false;
			}
			else if (c == '"') {
				folded[i] = doubleOpen ? '”' : '“';
				doubleOpen = !doubleOpen;
			}
			else if (c == '\'' && (doubleOpen || chineseAround)) {
				folded[i] = singleOpen ? '’' : '‘';
				singleOpen = !singleOpen;
			}
		}
		return new String(folded);
	}

	/** 8%,10%,12% and 300万元,400万元: a comma between quantities lists them, as 、 does (1,000 is one number). */
	private static boolean isListedNumber(String text, int comma) {
		if (comma == 0 || comma + 1 >= text.length() || !Character.isDigit(text.charAt(comma + 1))) {
			return false;
		}
		char previous = text.charAt(comma - 1);
		return previous == '%' || previous == '元' || Character.isDigit(previous) && !THOUSANDS.matcher(text)
			.region(comma + 1, text.length())
			.lookingAt();
	}

	private static char fold(char c, char previous, char next) {
		boolean inNumber = Character.isDigit(previous) && Character.isDigit(next);
		boolean inLatin = isLatin(previous) && isLatin(next);
		return switch (c) {
			case ',' -> (inNumber || inLatin) ? c : '，';
			case ';' -> '；';
			case ':' -> (inNumber || inLatin) ? c : '：';
			case '(' -> '（';
			case ')' -> '）';
			case '?' -> '？';
			case '!' -> '！';
			case '.' -> (isChinese(previous) || "）”’".indexOf(previous) >= 0) ? '。' : c;
			default -> c;
		};
	}

	private static boolean isChinese(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static boolean isLatin(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at 。！？ (or ASCII . ! ?, a full stop not inside a number such as 3.5亿元) and line breaks
 * (the stage needs the document text and adds sentences with their offsets); {@link #clauses} splits a sentence further
 * at ； or ;, the granularity of a measure.
 */
class SentenceSplitter {

	private static final String SENTENCE_ENDS = "。！？!?.";

	List<Sentence> split(String text) {
		return split(text, 0, SENTENCE_ENDS);
	}

	List<Sentence> clauses(Sentence sentence) {
		return split(sentence.text(), sentence.start(), "；;");
	}

	private static List<Sentence> split(String text, int base, String ends) {
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				add(sentences, text, base, start, i);
				start = i + 1;
			}
			else if (ends.indexOf(c) >= 0 && !isDecimalPoint(text, i)) {
				int end = closingQuoteEnd(text, i + 1);
				add(sentences, text, base, start, end);
				start = end;
				i = end - 1;
			}
		}
		add(sentences, text, base, start, text.length());
		return sentences;
	}

	/** A full stop between two digits (3.5亿元, 1.26) ends nothing. */
	private static boolean isDecimalPoint(String text, int i) {
		return text.charAt(i) == '.' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
				&& Character.isDigit(text.charAt(i + 1));
	}

	private static int closingQuoteEnd(String text, int from) {
		int end = from;
		while (end < text.length() && "”’」）)".indexOf(text.charAt(end)) >= 0) {
			end++;
		}
		return end;
	}

	private static void add(List<Sentence> sentences, String text, int base, int start, int end) {
		while (start < end && isBlank(text.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(text.charAt(end - 1))) {
			end--;
		}
		if (start < end) {
			sentences.add(new Sentence(text.substring(start, end), base + start, base + end));
		}
	}

	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
	}

}

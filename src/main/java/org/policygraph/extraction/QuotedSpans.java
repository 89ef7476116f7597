package org.policygraph.extraction;

import java.util.List;

/** Where a quoted name starts before its opening quote, and the alias its quoted core gives it. */
final class QuotedSpans {

	private QuotedSpans() {
	}

	/** 引进落户“上林英才”计划, segmented 落/v 户/ng: a governing verb split in two still governs, and is no part of the name. */
	static int afterGoverningVerb(AnalysedSentence sentence, int start, int open) {
		String prefix = sentence.slice(start, open);
		return start + LeftExtension.GOVERNING_VERBS.stream()
			.filter((verb) -> verb.length() > 1 && prefix.startsWith(verb))
			.mapToInt(String::length)
			.max()
			.orElse(0);
	}

	/** Where the name of a quote opening at {@code open} starts, its modifiers reached by the given extension. */
	static int start(AnalysedSentence sentence, int open, LeftExtension extension) {
		int quote = sentence.tokenAt(open);
		if (quote <= 0) {
			return open;
		}
		return extension.start(sentence.tokens(), quote, open + 1);
	}

	static List<String> aliases(String core, String name) {
		return core.equals(name) ? List.of() : List.of(core);
	}

	static boolean followedBy(AnalysedSentence sentence, int end, String words) {
		return sentence.text().startsWith(words, end - sentence.start());
	}

}

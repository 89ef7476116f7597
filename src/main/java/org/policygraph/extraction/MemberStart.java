package org.policygraph.extraction;

import java.util.Set;

import org.policygraph.extraction.hanlp.Token;

/**
 * Where the list member a sector word ends begins: the modifiers between the 、 that opens the member and the word
 * (动力电池、驱动电机; 再生塑料、可降解塑料), those between 的 and 产品 (鑫锐电机的屏蔽电机产品) and a product noun joined
 * to it by 与 (泵与电机) are part of it.
 */
final class MemberStart {

	private static final int MAX_MODIFIER = 4;

	/** 产品覆盖低压电器、智能电网等门类: verbs that say what a list of sectors covers. */
	private static final Set<String> COVERING = Set.of("覆盖", "涵盖", "包括", "包含", "涉及");

	private static final Set<String> MODIFIER = Set.of("v", "vn", "vi", "b", "a", "an");

	private MemberStart() {
	}

	/**
	 * The offset in the sentence's text where the member that holds the sector word at {@code i}, ending at
	 * {@code end}, begins.
	 */
	static int of(AnalysedSentence sentence, int i, int end, Lexicons lexicons) {
		int joined = joinedByYu(sentence, i, lexicons);
		if (joined < i) {
			return joined;
		}
		String text = sentence.text();
		for (int from = i - 1; from >= Math.max(0, i - MAX_MODIFIER - 1); from--) {
			char c = text.charAt(from);
			if (c == '、' || c == '的' && text.startsWith("产品", end)) {
				return (from < i - 1 && modifiersOnly(sentence, from + 1, i)) ? from + 1 : i;
			}
			if (!Character.isIdeographic(c)) {
				return i;
			}
		}
		return i;
	}

	/**
	 * Where the first member of a counted list of sectors begins (document offsets): 提升发展家用电器 at 家用电器,
	 * 长兴经开区聚焦新能源 at 新能源, 镇街布局袜业 at 袜业 (布局 tagged a noun), 聚焦泵与电机 at 泵; verbs ahead of the
	 * sector word, and the clause before a verb right in front of it, are not part of it.
	 */
	static int firstListed(AnalysedSentence sentence, int memberStart, int start, int end, Lexicons lexicons) {
		int first = firstNonVerbal(sentence, afterVerbs(sentence, start, end, lexicons), end);
		int joined = joinedByYu(sentence, first - sentence.start(), lexicons) + sentence.start();
		return (joined >= memberStart) ? joined : first;
	}

	private static int afterVerbs(AnalysedSentence sentence, int start, int end, Lexicons lexicons) {
		for (Token token : sentence.tokens()) {
			boolean verb = token.isVerb() || LeftExtension.GOVERNING_VERBS.contains(token.word());
			if (token.offset() > start && token.end() < end && verb
					&& (sectorAt(sentence, token.end(), lexicons) || COVERING.contains(token.word()))) {
				start = token.end();
			}
		}
		return start;
	}

	private static int firstNonVerbal(AnalysedSentence sentence, int start, int end) {
		for (Token token : sentence.tokens()) {
			if (token.offset() >= start && token.end() <= end) {
				boolean verbal = token.isVerb() || token.partOfSpeech().startsWith("vn")
						|| token.partOfSpeech().startsWith("d") || LeftExtension.GOVERNING_VERBS.contains(token.word());
				if (!verbal) {
					return token.offset();
				}
			}
		}
		return start;
	}

	private static boolean sectorAt(AnalysedSentence sentence, int offset, Lexicons lexicons) {
		int at = offset - sentence.start();
		return lexicons.industries().stream().anyMatch((sector) -> sentence.text().startsWith(sector, at));
	}

	/** 泵与电机: a one-token product noun that is no sector of its own, joined by 与. */
	private static int joinedByYu(AnalysedSentence sentence, int i, Lexicons lexicons) {
		int yu = sentence.tokenAt(sentence.start() + i - 1);
		if (yu < 1 || !sentence.tokens().get(yu).word().equals("与")) {
			return i;
		}
		Token left = sentence.tokens().get(yu - 1);
		boolean product = left.partOfSpeech().matches("n|ng") && left.word().length() <= 2
				&& !lexicons.industries().contains(left.word());
		return product ? left.offset() - sentence.start() : i;
	}

	/**
	 * Whether the text from {@code from} to {@code to} is whole tokens that may modify a product: verbs and
	 * attributes (驱动, 可降解, 日用), never names of places or firms (马桥经编, 宏力线缆).
	 */
	private static boolean modifiersOnly(AnalysedSentence sentence, int from, int to) {
		int offset = sentence.start() + from;
		for (Token token : sentence.tokens()) {
			if (token.offset() < offset || token.end() > sentence.start() + to) {
				continue;
			}
			if (token.offset() != offset || LeftExtension.isStopWord(token)
					|| LeftExtension.GOVERNING_VERBS.contains(token.word())
					|| !MODIFIER.contains(token.partOfSpeech())) {
				return false;
			}
			offset = token.end();
		}
		return offset == sentence.start() + to;
	}

}

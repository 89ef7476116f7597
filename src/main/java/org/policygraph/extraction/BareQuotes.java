package org.policygraph.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a quote without a head noun names a programme: one being built (推进“浙江制造”建设), or one a verb
 * launches or carries out (推出“技改贷”, 推进“腾笼换鸟”, 推动科技企业“双倍增”).
 */
final class BareQuotes {

	private static final Set<String> PROGRAMME_FOLLOWERS = Set.of("建设", "品牌", "标准", "评价", "改革", "业务");

	/** Verbs that launch or carry out a programme, or launch a financial product (推出“技改贷”). */
	private static final Set<String> PROGRAMME_VERBS = Set.of("推动", "实施", "深化", "启动", "推进", "推出", "鼓励");

	private static final Pattern NEXT_QUOTES = Pattern.compile("(?:“[^“”，。；]{1,16}”)+");

	private static final Pattern PHRASE_END = Pattern.compile("[，。；：！？]|$");

	private BareQuotes() {
	}

	/**
	 * Whether the quote from {@code open} to {@code close}, with its modifiers from {@code start}, is a programme: the
	 * verb before it governs the quote itself, or the quote ends its phrase (not 推进企业“智能化”发展, where the quote
	 * qualifies what follows); a quote in a list (推进“众电联”、“众车联”…平台) waits for the list's head.
	 */
	static boolean isProgramme(AnalysedSentence sentence, int open, int start, int close) {
		String text = sentence.text();
		int after = close - sentence.start();
		// 推动人才政策“免申即享”: a quote after 政策 tells how policies are delivered, and names no programme.
		if (text.startsWith("、", after) || text.startsWith("政策", open - sentence.start() - 2)) {
			return false;
		}
		boolean endsPhrase = start == open || PHRASE_END.matcher(text).region(after, text.length()).lookingAt();
		return isFollowedByProgrammeWord(sentence, close) || endsPhrase && isPrecededByVerb(sentence, start);
	}

	/** 开展“税融通”“续贷过桥”业务: the word after a run of quotes follows each of them. */
	private static boolean isFollowedByProgrammeWord(AnalysedSentence sentence, int close) {
		Matcher quotes = NEXT_QUOTES.matcher(sentence.text()).region(close - sentence.start(), sentence.text().length());
		int next = sentence.tokenAt(quotes.lookingAt() ? sentence.start() + quotes.end() : close);
		return next >= 0 && PROGRAMME_FOLLOWERS.contains(sentence.tokens().get(next).word());
	}

	private static boolean isPrecededByVerb(AnalysedSentence sentence, int start) {
		int previous = sentence.tokenAt(start - 1);
		return previous >= 0 && PROGRAMME_VERBS.contains(sentence.tokens().get(previous).word());
	}

}

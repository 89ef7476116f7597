package org.policygraph.ask;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shared pieces of the question patterns: how a planner says "which", "what are there", how a question may end,
 * and the three word orders of "which NOUN VERB X" (哪些政策支持X, 支持X的政策有哪些, X有哪些政策).
 */
final class Phrases {

	/** 哪些, 有哪些, 哪几家, 什么 … */
	static final String WHICH = "(?:有|都有)?(?:哪些|哪几[个家项类所]|哪一些|什么|啥)";

	/** 有哪些, 有什么, 都有哪些 … after a subject. */
	static final String THERE_ARE = "(?:有|的)?(?:都有|有|包括|包含|涉及)(?:哪些|哪几[个家项类所]|什么|啥)";

	/** What a question may end with once its punctuation is gone. */
	static final String END = "(?:呢|啊|呀|吗)?$";

	/** X, an entity name. */
	static final String X = "(?<x>.+?)";

	/** Y, a second entity name. */
	static final String Y = "(?<y>.+?)";

	/** A kind of support; {@link Instruments} knows what each word stands for. */
	static final String INSTRUMENT = "(?<instrument>" + String.join("|", Instruments.WORDS) + ")";

	private Phrases() {
	}

	/** A pattern from regex pieces, anchored at the start; the pieces end with {@link #END} themselves. */
	static Pattern pattern(String... pieces) {
		return Pattern.compile("^" + String.join("", pieces));
	}

	/**
	 * The three word orders of "which NOUN VERB X": 哪些政策支持X, 支持X的政策有哪些, X有哪些政策 (also 的政策有哪些).
	 *
	 * @param nouns regex alternatives for what is asked for (政策|规划)
	 * @param verbs regex alternatives for how it relates to X (支持|聚焦)
	 */
	static List<Pattern> whichNounVerbX(String nouns, String verbs) {
		String noun = "(?:" + nouns + ")";
		String verb = "(?:" + verbs + ")";
		return List.of(pattern(WHICH, noun, "(?:是|在|会)?", verb, "(?:了|着)?", X, "(?:的)?(?:发展)?", END),
				pattern(verb, "(?:了)?", X, "的", noun, "(?:有|是|都有)(?:哪些|什么|哪几[个家项])", END),
				pattern(X, THERE_ARE, "(?:相关的?)?", noun, END),
				pattern(X, "(?:的|相关的?)", noun, "(?:有|是|都有)(?:哪些|什么|哪几[个家项])", END));
	}

}

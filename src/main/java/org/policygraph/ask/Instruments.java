package org.policygraph.ask;

import java.util.List;
import java.util.Map;

/**
 * The words a planner uses for a kind of support and the measure instruments (Measure.instrument) each stands for;
 * a general word (资金, 支持) stands for every instrument.
 */
final class Instruments {

	/** Longest first, so that the regex alternative takes the whole word. */
	static final List<String> WORDS = List.of("股权投资", "扶持资金", "补贴资金", "支持资金", "奖励资金", "补贴", "补助", "奖励",
			"奖补", "资助", "贴息", "津贴", "基金", "免租", "资金", "扶持", "支持", "金额");

	private static final Map<String, List<String>> MEANINGS = Map.ofEntries(Map.entry("补贴", List.of("补贴", "补助", "津贴", "贴息")),
			Map.entry("补贴资金", List.of("补贴", "补助", "津贴", "贴息")), Map.entry("补助", List.of("补助", "补贴")),
			Map.entry("奖励", List.of("奖励")), Map.entry("奖励资金", List.of("奖励")), Map.entry("奖补", List.of("奖励", "补助")),
			Map.entry("资助", List.of("资助")), Map.entry("贴息", List.of("贴息")), Map.entry("津贴", List.of("津贴")),
			Map.entry("基金", List.of("基金")), Map.entry("免租", List.of("免租")), Map.entry("股权投资", List.of("股权投资")));

	private Instruments() {
	}

	/** The instruments a word stands for; empty for a general word (any instrument) or no word. */
	static List<String> of(String word) {
		return (word != null) ? MEANINGS.getOrDefault(word, List.of()) : List.of();
	}

}

package org.policygraph.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a programme's title starts: after the verb that governs it, at the issuing place and verb of policy that open
 * it (慈溪市推进企业“四上”行动方案), or back at 关于 across a 的 (关于支持工业企业留工优工稳增促投的实施意见).
 */
class ProgrammeTitleStart {

	private static final Set<String> TITLE_VERBS = Set.of("推进", "加快", "支持", "促进", "推动");

	/** 出台进一步加强小微企业园建设和管理的实施意见: a title issued without 关于 starts after the verb that issues it. */
	private static final Pattern ISSUED = Pattern.compile("(?:出台|印发|制定|制订)(?:了)?");

	private static final Pattern PLACE_AND_VERB = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}[省市县区](推进|加快|支持|促进|推动)");

	private final Lexicons lexicons;

	private final LeftExtension extension = new LeftExtension(26, false);

	ProgrammeTitleStart(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/** The start of the title whose span the tokens gave as {@code start} to {@code end}. */
	int start(AnalysedSentence sentence, int start, int end) {
		return fromGuanyu(sentence, withPlaceAndVerb(sentence, afterLeadingVerb(sentence, start, end)));
	}

	/** 强化规划, 对照建设方案: a transitive verb that opens a programme's name governs it and is no part of it. */
	private static int afterLeadingVerb(AnalysedSentence sentence, int start, int end) {
		int first = sentence.tokenAt(start);
		var token = sentence.tokens().get(first);
		boolean transitive = token.partOfSpeech().equals("v") && token.word().length() == 2;
		return (transitive && token.end() < end) ? token.end() : start;
	}

	/** Titles like 慈溪市推进企业“四上”行动方案 start with the issuing place and a verb of policy. */
	int withPlaceAndVerb(AnalysedSentence sentence, int start) {
		int verb = sentence.tokenAt(start - 1);
		if (verb <= 0 || !TITLE_VERBS.contains(sentence.tokens().get(verb).word())) {
			return start;
		}
		var place = sentence.tokens().get(verb - 1);
		boolean placed = place.partOfSpeech().startsWith("ns") && this.lexicons.startsWithPlace(place.word());
		int before = sentence.tokenAt(place.offset() - 1);
		boolean standsFirst = before < 0 || !this.extension.isNamePart(sentence.tokens().get(before));
		return (placed && standsFirst) ? place.offset() : start;
	}

	/**
	 * Titles like 关于支持工业企业留工优工稳增促投的实施意见 run from 关于 across the 的, and so do titles that start with
	 * their place and a verb of policy (慈溪市加快推进产业高质量发展的政策意见) or follow the verb that issues them.
	 */
	private int fromGuanyu(AnalysedSentence sentence, int start) {
		String before = sentence.slice(sentence.start(), start);
		if (!before.endsWith("的")) {
			return start;
		}
		int guanyu = before.lastIndexOf("关于");
		Matcher placeAndVerb = PLACE_AND_VERB.matcher(before);
		int from = guanyu;
		while (guanyu < 0 && placeAndVerb.find()) {
			from = Math.max(from, placeStart(before, placeAndVerb.start(), placeAndVerb.start(1)));
		}
		from = (from < 0) ? afterLastIssuingVerb(before) : from;
		boolean sameClause = from >= 0 && before.substring(from).chars().noneMatch((c) -> "，。；：、".indexOf(c) >= 0);
		return sameClause ? sentence.start() + from : start;
	}

	private static int afterLastIssuingVerb(String text) {
		Matcher issued = ISSUED.matcher(text);
		int end = -1;
		while (issued.find()) {
			end = issued.end();
		}
		// 出台…五年规划以及每年度的具体工作方案: two documents issued together are two names.
		return (end >= 0 && text.indexOf("以及", end) >= 0) ? -1 : end;
	}

	/** Where the place in 制定慈溪市加快 begins: the first offset from which the text starts with a known place. */
	private int placeStart(String text, int from, int verb) {
		for (int i = from; i < verb; i++) {
			if (this.lexicons.startsWithPlace(text.substring(i))) {
				return i;
			}
		}
		return -1;
	}

}

package org.policygraph.extraction;

/**
 * Where the first member of a list begins: the words before it that govern the list (已有卓越刀具、利丰机械等23家企业;
 * 建设相士地、上剑山两个小微企业园; 接入大瑶、金刚、澄潭江等主产区) are no part of it, and a listed sector keeps its
 * modifiers.
 */
final class FirstMemberStart {

	private final Lexicons lexicons;

	private final LeftExtension extension;

	private final LeftExtension firmExtension;

	FirstMemberStart(Lexicons lexicons, int maxMemberLength) {
		this.lexicons = lexicons;
		this.extension = new LeftExtension(maxMemberLength, true);
		this.firmExtension = new LeftExtension(maxMemberLength, false, true);
	}

	/** The start of the first member of a list of {@code type}, matched from {@code offset} to {@code end}. */
	int of(AnalysedSentence sentence, EntityType type, int offset, int end) {
		int start = offset;
		int token = sentence.tokenAt(end - 1);
		// 已有卓越刀具、利丰机械等23家企业: a verb before the first firm governs the list.
		LeftExtension extension = (type == EntityType.ENTERPRISE || type == EntityType.REGION) ? this.firmExtension
				: this.extension;
		start = (token >= 0) ? Math.max(start, extension.start(sentence.tokens(), token, end)) : start;
		start = (type == EntityType.INDUSTRY) ? MemberStart.firstListed(sentence, offset, start, end, this.lexicons)
				: start;
		start = (type == EntityType.PARK) ? afterGoverningVerb(sentence, start, end) : start;
		return (type == EntityType.REGION) ? afterVerb(sentence, start, end) : start;
	}

	/** 建设相士地、上剑山两个小微企业园: the verb that builds the first park listed is no part of its name. */
	private static int afterGoverningVerb(AnalysedSentence sentence, int start, int end) {
		int first = sentence.tokenAt(start);
		var token = (first >= 0) ? sentence.tokens().get(first) : null;
		boolean governs = token != null && token.offset() == start && token.end() < end
				&& LeftExtension.GOVERNING_VERBS.contains(token.word());
		return governs ? token.end() : start;
	}

	/** 接入大瑶、金刚、澄潭江等主产区: a verb (or verbal noun) before the first place is no part of it. */
	private static int afterVerb(AnalysedSentence sentence, int start, int end) {
		int first = sentence.tokenAt(start);
		var token = (first >= 0) ? sentence.tokens().get(first) : null;
		boolean verb = token != null && token.offset() == start && token.end() < end && token.word().length() > 1
				&& (token.isVerb() || token.partOfSpeech().equals("vn"));
		return verb ? token.end() : start;
	}

}

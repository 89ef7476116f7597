package org.policygraph.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/** Tells from a quoted plan's words and its sentence whether it is a talent scheme: the people it names or selects. */
final class TalentSignals {

	/**
	 * 实施“姚燕归巢”工程，…吸引更多优秀青年集聚; 申报江西省“双千计划”，…入选3人: a quoted plan whose sentence goes on to
	 * attract people, or to count the people selected, is a talent scheme.
	 */
	private static final Pattern ATTRACTS_PEOPLE = Pattern.compile("(?:吸引|引进|集聚|引育)[^，。；]{0,6}(?:人才|青年|大学生)"
			+ "|(?:入选|选派)[^，。；]{0,8}?(?:人才|\\d+[人名])");

	/** 入选省“鲲鹏行动”计划2人: the people a plan selected, counted right after its name. */
	private static final Pattern COUNTED_PEOPLE = Pattern.compile("\\d+[人名]");

	/** 入选泉州市“港湾计划”的第一至第三层次人才: the people of a plan, named after its 的 with their grade. */
	private static final Pattern ITS_PEOPLE = Pattern.compile("的[^，。；、的]{0,8}人才");

	/**
	 * Heads of documents and lists (若干政策, 实施办法, 示范企业名单): a document about talent is still a programme, as
	 * the seed gold's 慈溪市星期日工程师遴选支持暂行办法 is.
	 */
	private static final Pattern DOCUMENT = Pattern
		.compile("(政策|办法|意见|方案|通知|规定|细则|措施|条例|名单|名录|目录|清单|指引|规划|纲要)(（[^（）]*）)?$");

	/** 开展“雁归乐清”引才活动: a campaign to attract talent is a talent scheme. */
	private static final Pattern TALENT_CAMPAIGN = Pattern.compile("(引才|引智|招才|人才)活动");

	/** Words that make a quoted name a talent scheme even without a head noun (“星期日工程师”, “阳明学者”). */
	private static final Set<String> STRONG_TALENT_WORDS = Set.of("英才", "工匠", "工程师", "学者", "千人", "万人", "特派员");

	private TalentSignals() {
	}

	/** Whether the quoted name itself names people (“星期日工程师”, “甬江英才”). */
	static boolean namesPeople(String core) {
		return STRONG_TALENT_WORDS.stream().anyMatch(core::contains);
	}

	/** Whether the quote closing at {@code close} names a campaign to attract talent (“雁归乐清”引才活动). */
	static boolean isTalentCampaign(AnalysedSentence sentence, int close) {
		String text = sentence.text();
		return TALENT_CAMPAIGN.matcher(text).region(close - sentence.start(), text.length()).lookingAt();
	}

	/**
	 * Whether the name has a talent word (人才, 英才, 学子 …) and is no document or list, which is a programme whatever
	 * it is about.
	 */
	static boolean namesTalentPlan(Lexicons lexicons, String name) {
		return lexicons.isTalentName(name) && !DOCUMENT.matcher(name).find();
	}

	/**
	 * Whether the plan ending at {@code end} is for people: named for them (“双创计划”人才, 入选“双创计划”的人才), or its
	 * sentence goes on to attract or count them.
	 */
	static boolean isForPeople(AnalysedSentence sentence, int end) {
		String text = sentence.text();
		int after = end - sentence.start();
		return text.startsWith("人才", after) || ITS_PEOPLE.matcher(text).region(after, text.length()).lookingAt()
				|| COUNTED_PEOPLE.matcher(text).region(after, text.length()).lookingAt()
				|| ATTRACTS_PEOPLE.matcher(text).region(after, text.length()).find();
	}

}

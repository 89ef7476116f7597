package org.policygraph.extraction;

import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * The words around a sector word that tell whether it names a sector the text is about: a list it stands in, a
 * modifier before it, a trade, skill, count of firms or fair after it.
 */
final class SectorContext {

	private static final Pattern COUNT = Pattern.compile("[\\d两二三四五六七八九十]+(?:大|个|条|类)");

	/**
	 * 钳工、电工、工业机器人等工种, 工业互联网、数据分析等紧缺技能人才, 电力电子、工业互联网等复合型人才, 模具工,
	 * 光伏组件制造工, 工业机器人系统操作员, 窄带物联网、WIFI功能芯片等新技术, 能耗、物流等数据,
	 * 5G、工业互联网等新型基础设施, 羊绒纺织、服装设计等专业, 报关、物流、结汇等“一站式”服务: trades, skills,
	 * technologies, data, infrastructure, courses, services and the workers of a sector are no industries (but 模具等领域人才 names the sectors the people work in).
	 */
	private static final Pattern TRADE = Pattern.compile(
			"[^，。；]{0,16}?等(?:(?!领域|产业|行业|方向)[^，。；、]){0,6}?(?:工种|职业|岗位|人才|技术|数据|设施|(?:专业|服务)(?=[，。；]|$))"
					+ "|工(?![业程艺厂作具])|[^，。；、等]{0,6}?[员师](?=[、，。；等])");

	/** 中国家电及消费电子博览会: a sector word in the name of a fair or forum is part of that name. */
	private static final Pattern EVENT = Pattern.compile("[^，。；、（）“”]{0,8}?(?:博览会|展览会|交易会|展会|论坛|峰会)");

	/** 集羊绒交易、创意设计、电商直播、文化旅游于一体: the functions a place combines are no sectors it targets. */
	private static final Pattern COMBINED = Pattern.compile("[^，。；]{0,6}?于一体");

	/** 塑料制品企业1600余家: a count of the firms of a sector is a statistic, not a sector the text is about. */
	private static final Pattern FIRM_COUNT = Pattern.compile("企业[\\d两二三四五六七八九十百千万]");

	/** 汽车零部件企业, 智能家电产品, 模具领域: the nouns that follow a sector word and still speak of the sector. */
	private static final Pattern SECTOR_NOUNS = Pattern.compile("企业|产品|龙头企业|龙头|领域|方向|环节|集群|行业|产业|制造|市场|类|发展");

	/** 促进跨境电商发展, 推动市场采购与跨境电商融合发展: the development of a sector makes it the policy's target. */
	private static final Pattern DEVELOPMENT = Pattern.compile("(?:融合|高质量|集聚|集群化?)?发展(?=[，。；、和及的]|$|基本情况)");

	private static final Pattern PLACE_NOUN = Pattern.compile("(地区|区域|地带)$");

	private SectorContext() {
	}

	/**
	 * Whether what follows a sector word ending at {@code end} (its suffix included up to {@code suffixEnd}) makes it
	 * no sector of its own: a trade, skill or technology, a count of firms, a fair's name, a function combined in
	 * one place.
	 */
	static boolean namesNoSector(String text, int end, int suffixEnd) {
		return TRADE.matcher(text).region(suffixEnd, text.length()).lookingAt()
				|| FIRM_COUNT.matcher(text).region(end, text.length()).lookingAt()
				|| EVENT.matcher(text).region(end, text.length()).lookingAt()
				|| COMBINED.matcher(text).region(suffixEnd, text.length()).lookingAt();
	}

	/**
	 * A bare sector word counts when it stands in a list (、 等 及 和), before a count (三大传统产业), names the sector
	 * a firm leads (动力电池龙头企业), a field (汽车零部件领域) or whose development is the aim (跨境电商发展).
	 */
	static boolean inList(String text, int start, int end) {
		boolean before = start > 0 && "、和及".indexOf(text.charAt(start - 1)) >= 0;
		boolean after = end < text.length() && "、等及和".indexOf(text.charAt(end)) >= 0
				|| text.startsWith("产品", end) && start > 0 && text.charAt(start - 1) == '的'
				|| text.startsWith("龙头企业", end) || text.startsWith("领域", end);
		return before || after || COUNT.matcher(text).region(end, text.length()).lookingAt()
				|| DEVELOPMENT.matcher(text).region(end, text.length()).lookingAt();
	}

	/**
	 * 可降解塑料研发, 驱动电机、, 新型储能为: a member ends at a delimiter, a suffix, a verb or a preposition (not
	 * 夹浦纺织小微企业园).
	 */
	static boolean endsMember(AnalysedSentence sentence, int end, boolean suffixed) {
		String text = sentence.text();
		if (end == text.length() || "、，。；：等和及".indexOf(text.charAt(end)) >= 0 || suffixed
				|| text.startsWith("产品", end)) {
			return true;
		}
		int token = sentence.tokenAt(sentence.start() + end);
		if (token < 0 || sentence.tokens().get(token).offset() != sentence.start() + end) {
			return false;
		}
		return sentence.tokens().get(token).isVerb() || sentence.tokens().get(token).partOfSpeech().startsWith("p");
	}

	/**
	 * 面料视觉检测, 汽车零部件产业园: a bare sector word a noun follows (other than the firms, products, field or
	 * development of the sector: 汽车芯片方向团队) is the modifier of another name, not a member of its own.
	 */
	static boolean continuesName(AnalysedSentence sentence, int end) {
		int token = sentence.tokenAt(sentence.start() + end);
		if (token < 0 || sentence.tokens().get(token).offset() != sentence.start() + end) {
			return false;
		}
		Token next = sentence.tokens().get(token);
		return (next.partOfSpeech().startsWith("n") || next.partOfSpeech().equals("vn"))
				&& !SECTOR_NOUNS.matcher(next.word()).matches();
	}

	/**
	 * WIFI功能芯片, 电子级硅材料: a bare sector word after a noun that modifies it heads another product's name; a place
	 * before it (沪苏浙地区汽车零部件) says where the sector is, not what kind.
	 */
	static boolean isModified(AnalysedSentence sentence, int i) {
		int before = sentence.tokenAt(sentence.start() + i - 1);
		String tag = (before < 0) ? "w" : sentence.tokens().get(before).partOfSpeech();
		if (before >= 0 && PLACE_NOUN.matcher(sentence.tokens().get(before).word()).find()) {
			return false;
		}
		// 电子级硅材料 is a grade of a material; 年产50万台智能家电 counts the products of a sector.
		boolean counted = before > 0 && sentence.tokens().get(before - 1).partOfSpeech().startsWith("m");
		return tag.equals("n") || tag.equals("q") && !counted || tag.equals("b") || tag.equals("nx");
	}

}

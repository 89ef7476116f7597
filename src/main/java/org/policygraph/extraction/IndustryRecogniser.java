package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises industries from the industry lexicon, longest match first, joined across 及 (汽车及关键零部件) and with
 * their 产业/行业 suffix as an alias; needs only the sentence text.
 */
class IndustryRecogniser implements MentionRecogniser {

	private static final int MAX_WORD = 12;

	private static final Pattern COUNT = Pattern.compile("[\\d两二三四五六七八九十]+(?:大|个|条|类)");

	/**
	 * 钳工、电工、工业机器人等工种, 工业互联网、数据分析等紧缺技能人才, 电力电子、工业互联网等复合型人才, 模具工,
	 * 光伏组件制造工, 工业机器人系统操作员, 窄带物联网、WIFI功能芯片等新技术, 能耗、物流等数据: trades, skills, technologies, data and the
	 * workers of a sector are no industries (but 模具等领域人才 names the sectors the people work in).
	 */
	private static final Pattern TRADE = Pattern.compile("[^，。；]{0,16}?等(?:(?!领域|产业|行业)[^，。；、]){0,6}?(?:工种|职业|岗位|人才|技术|数据)"
			+ "|工(?![业程艺厂作具])|[^，。；、等]{0,6}?[员师](?=[、，。；等])");

	/** 中国家电及消费电子博览会: a sector word in the name of a fair or forum is part of that name. */
	private static final Pattern EVENT = Pattern.compile("[^，。；、（）“”]{0,8}?(?:博览会|展览会|交易会|展会|论坛|峰会)");

	/** 机器人及集成、: a short stage or service joined to a listed sector by 及 belongs to it. */
	private static final Pattern JOINED_STAGE = Pattern.compile("及\\p{IsHan}{2,4}(?=[、等])");

	private static final List<String> SUFFIXES = List.of("产业链", "产业", "行业", "制造");

	/** 有机硅新材料, 有机硅深加工, 新能源汽车零部件: a sector word followed by the kind of product or stage it makes. */
	private static final List<String> TAILS = List.of("新材料", "材料", "深加工", "零部件", "配件", "装备", "制品", "器件");

	/**
	 * 新材料产业园, 电子信息产业配套园, 眼镜产业创新服务综合体: 产业 there begins the name of a park, not the sector's
	 * suffixed form.
	 */
	private static final Pattern PARK_AFTER_SUFFIX = Pattern.compile("(?:配套)?园|基地|(?:创新服务)?综合体");

	/** 塑料制品企业1600余家: a count of the firms of a sector is a statistic, not a sector the text is about. */
	private static final Pattern FIRM_COUNT = Pattern.compile("企业[\\d两二三四五六七八九十百千万]");

	private static final Pattern PLACE_NOUN = Pattern.compile("(地区|区域|地带)$");

	private final Lexicons lexicons;

	IndustryRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		String text = sentence.text();
		int i = 0;
		while (i < text.length()) {
			int end = startsToken(sentence, i) ? longestIndustryAt(text, i) : -1;
			if (end < 0) {
				i++;
				continue;
			}
			end = compound(text, joinedAcrossJi(text, withTail(text, end)));
			int start = endsMember(sentence, end) ? MemberStart.of(sentence, i, end, this.lexicons) : i;
			String name = text.substring(start, end);
			String suffix = suffixAt(text, end);
			if (suffix.isEmpty() && (!inListContext(text, start, end) || start == i && isModified(sentence, i))
					|| isTrade(text, end + suffix.length()) || FIRM_COUNT.matcher(text).region(end, text.length()).lookingAt()
					|| EVENT.matcher(text).region(end, text.length()).lookingAt()) {
				i = end;
				continue;
			}
			List<String> aliases = suffix.isEmpty() ? List.of() : List.of(name + suffix);
			mentions.add(new Mention(EntityType.INDUSTRY, name, aliases, sentence.start() + start,
					sentence.start() + end + suffix.length()));
			i = end + suffix.length();
		}
		return mentions;
	}

	/** 模具塑料产业, 新能源新材料产业: sector words written together before a suffix are one sector. */
	private int compound(String text, int end) {
		int next = longestIndustryAt(text, end);
		return (next > 0 && !suffixAt(text, next).isEmpty()) ? next : end;
	}

	private int longestIndustryAt(String text, int from) {
		for (int end = Math.min(text.length(), from + MAX_WORD); end > from + 1; end--) {
			if (this.lexicons.industries().contains(text.substring(from, end))) {
				return end;
			}
		}
		return -1;
	}

	private static int withTail(String text, int end) {
		return TAILS.stream().filter((tail) -> text.startsWith(tail, end)).findFirst()
			.map((tail) -> end + tail.length()).orElse(end);
	}

	private int joinedAcrossJi(String text, int end) {
		if (end >= text.length() || text.charAt(end) != '及') {
			return end;
		}
		for (int from = end + 1; from <= Math.min(end + 5, text.length() - 2); from++) {
			if ("，。；：、（）“”".indexOf(text.charAt(from - 1)) >= 0) {
				break;
			}
			int joined = longestIndustryAt(text, from);
			if (joined > 0) {
				return joined;
			}
		}
		var stage = JOINED_STAGE.matcher(text).region(end, text.length());
		return stage.lookingAt() ? stage.end() : end;
	}

	/**
	 * A bare sector word counts when it stands in a list (、 等 及 和), before a count (三大传统产业), names the sector
	 * a firm leads (动力电池龙头企业) or a field (汽车零部件领域).
	 */
	private static boolean inListContext(String text, int start, int end) {
		boolean before = start > 0 && "、和及".indexOf(text.charAt(start - 1)) >= 0;
		boolean after = end < text.length() && "、等及和".indexOf(text.charAt(end)) >= 0
				|| text.startsWith("产品", end) && start > 0 && text.charAt(start - 1) == '的'
				|| text.startsWith("龙头企业", end) || text.startsWith("领域", end);
		return before || after || COUNT.matcher(text).region(end, text.length()).lookingAt();
	}

	/**
	 * 可降解塑料研发, 驱动电机、, 新型储能为: a member ends at a delimiter, a suffix, a verb or a preposition (not
	 * 夹浦纺织小微企业园).
	 */
	private static boolean endsMember(AnalysedSentence sentence, int end) {
		String text = sentence.text();
		if (end == text.length() || "、，。；：等和及".indexOf(text.charAt(end)) >= 0 || !suffixAt(text, end).isEmpty()
				|| text.startsWith("产品", end)) {
			return true;
		}
		int token = sentence.tokenAt(sentence.start() + end);
		if (token < 0 || sentence.tokens().get(token).offset() != sentence.start() + end) {
			return false;
		}
		return sentence.tokens().get(token).isVerb() || sentence.tokens().get(token).partOfSpeech().startsWith("p");
	}

	private static boolean isTrade(String text, int end) {
		return TRADE.matcher(text).region(end, text.length()).lookingAt();
	}

	/**
	 * WIFI功能芯片, 电子级硅材料: a bare sector word after a noun that modifies it heads another product's name; a place
	 * before it (沪苏浙地区汽车零部件) says where the sector is, not what kind.
	 */
	private static boolean isModified(AnalysedSentence sentence, int i) {
		int before = sentence.tokenAt(sentence.start() + i - 1);
		String tag = (before < 0) ? "w" : sentence.tokens().get(before).partOfSpeech();
		if (before >= 0 && PLACE_NOUN.matcher(sentence.tokens().get(before).word()).find()) {
			return false;
		}
		// 电子级硅材料 is a grade of a material; 年产50万台智能家电 counts the products of a sector.
		boolean counted = before > 0 && sentence.tokens().get(before - 1).partOfSpeech().startsWith("m");
		return tag.equals("n") || tag.equals("q") && !counted || tag.equals("b") || tag.equals("nx");
	}

	private static boolean startsToken(AnalysedSentence sentence, int i) {
		int offset = sentence.start() + i;
		return sentence.tokens().stream().anyMatch((token) -> token.offset() == offset);
	}

	private static String suffixAt(String text, int end) {
		return SUFFIXES.stream()
			.filter((suffix) -> text.startsWith(suffix, end)
					&& !PARK_AFTER_SUFFIX.matcher(text).region(end + suffix.length(), text.length()).lookingAt())
			.findFirst()
			.orElse("");
	}

}

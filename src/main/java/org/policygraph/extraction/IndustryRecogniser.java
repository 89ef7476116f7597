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

	/** 机器人及集成、: a short stage or service joined to a listed sector by 及 belongs to it. */
	private static final Pattern JOINED_STAGE = Pattern.compile("及\\p{IsHan}{2,4}(?=[、等])");

	private static final List<String> SUFFIXES = Lexicons.INDUSTRY_SUFFIXES;

	/** 有机硅新材料, 有机硅深加工, 新能源汽车零部件, 汽车用品: a sector word followed by the kind of product or stage it makes. */
	private static final List<String> TAILS = List.of("新材料", "材料", "深加工", "零部件", "配件", "装备", "制品", "器件", "用品");

	/**
	 * 新材料产业园, 电子信息产业配套园, 眼镜产业创新服务综合体: 产业 there begins the name of a park, not the sector's
	 * suffixed form.
	 */
	private static final Pattern PARK_AFTER_SUFFIX = Pattern.compile("(?:配套)?园|基地|(?:创新服务)?综合体");

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
			String suffix = suffixAt(text, end);
			int start = SectorContext.endsMember(sentence, end, !suffix.isEmpty())
					? MemberStart.of(sentence, i, end, this.lexicons) : i;
			if (!isSector(sentence, i, start, end, suffix)) {
				i = end;
				continue;
			}
			String name = text.substring(start, end);
			List<String> aliases = suffix.isEmpty() ? List.of() : List.of(name + suffix);
			mentions.add(new Mention(EntityType.INDUSTRY, name, aliases, sentence.start() + start,
					sentence.start() + end + suffix.length()));
			i = end + suffix.length();
		}
		return mentions;
	}

	/**
	 * A suffixed sector word is a sector, a bare one only in a list and unmodified (but its own modifiers, from
	 * {@code start} to the word at {@code word}, may be part of it); neither when what follows makes it none.
	 */
	private static boolean isSector(AnalysedSentence sentence, int word, int start, int end, String suffix) {
		String text = sentence.text();
		boolean bare = !SectorContext.inList(text, start, end)
				|| start == word && SectorContext.isModified(sentence, word)
				|| SectorContext.continuesName(sentence, end);
		return !(suffix.isEmpty() && bare) && !SectorContext.namesNoSector(text, end, end + suffix.length());
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

	private static boolean startsToken(AnalysedSentence sentence, int i) {
		int offset = sentence.start() + i;
		return sentence.tokens().stream().anyMatch((token) -> token.offset() == offset);
	}

	static String suffixAt(String text, int end) {
		return SUFFIXES.stream()
			.filter((suffix) -> text.startsWith(suffix, end)
					&& !PARK_AFTER_SUFFIX.matcher(text).region(end + suffix.length(), text.length()).lookingAt())
			.findFirst()
			.orElse("");
	}

}

package org.policygraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Repairs to a name's boundaries that {@link NameSpan} applies after walking left: a company's leading category and the
 * 和 of its trade name, a park's district in brackets, and names HanLP cut inside a town or after a verb's complement.
 */
class BoundaryRepairs {

	private static final Pattern PLACE_IN_BRACKETS = Pattern.compile("^（([\\u4e00-\\u9fa5]{2,4})）");

	private static final Pattern DATE_UNIT = Pattern.compile("[年月日]\\p{IsHan}");

	private static final Pattern TOWN = Pattern.compile("(?!小)[\\u4e00-\\u9fa5](镇|乡)(?!村)");

	/** Adjectives that complete a one-character verb: 做强, 建优, 做大, 做实, 建好. */
	private static final String COMPLEMENTS = "强优大实好";

	private final Lexicons lexicons;

	private final GenericWords generic;

	BoundaryRepairs(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.generic = new GenericWords(lexicons);
	}

	/** A name's start once the cuts HanLP made inside a town, after a verb's complement or after a year are repaired. */
	static int resegmented(AnalysedSentence sentence, int start) {
		return afterSplitPrefix(sentence, afterVerbComplement(sentence, withTownCharacter(sentence, start)));
	}

	/**
	 * 中国科学院宁波材料技术与工程研究所: an institute named for two disciplines runs across their 与 when what follows
	 * it names no institute of its own (工程研究所) and what precedes it starts with a place or an organisation.
	 */
	int acrossDisciplines(AnalysedSentence sentence, int start, int end, LeftExtension extension) {
		int yu = sentence.tokenAt(start - 1);
		String head = this.lexicons.headOf(sentence.slice(start, end)).orElse("");
		String modifier = sentence.slice(start, end - head.length());
		if (yu < 1 || !sentence.tokens().get(yu).word().matches("与|和") || modifier.isEmpty()
				|| !this.generic.isGeneric(modifier, true) || !sentence.tokens().get(yu - 1).partOfSpeech().equals("n")) {
			return start;
		}
		int from = extension.start(sentence.tokens(), yu - 1, end);
		boolean named = sentence.tokens().stream()
			.filter((token) -> token.offset() >= from && token.end() < sentence.tokens().get(yu).end())
			.anyMatch((token) -> token.partOfSpeech().matches("n[st].*"));
		return named ? from : start;
	}

	/** 长兴农商银行 segmented 长/a 兴农/v 商/vg 银行/n: a place HanLP cut in two at the name's start belongs to it. */
	int withCutPlace(AnalysedSentence sentence, int start) {
		for (int back = 1; back <= 2 && start - back >= sentence.start(); back++) {
			String text = sentence.slice(start - back, Math.min(sentence.start() + sentence.text().length(), start + 3));
			int cut = back;
			boolean place = Stream.concat(this.lexicons.regions().stream(), this.lexicons.regionShortForms().keySet().stream())
				.anyMatch((name) -> name.length() > cut && text.startsWith(name));
			if (place) {
				return start - back;
			}
		}
		return start;
	}

	/**
	 * 2023年长兴经开区 segmented 2023/m 年长兴/ns, 2023年研究院 segmented 年研究院/nt, 将原长兴经济技术开发区 segmented
	 * 原长兴/ns: the unit of a date, or the 原 of a former name, HanLP joined to the name after it is not part of it.
	 */
	private static int afterSplitPrefix(AnalysedSentence sentence, int start) {
		int first = sentence.tokenAt(start);
		if (first < 0 || sentence.tokens().get(first).offset() != start
				|| !sentence.tokens().get(first).partOfSpeech().matches("n[st].*")) {
			return start;
		}
		String word = sentence.tokens().get(first).word();
		boolean dated = first > 0 && sentence.tokens().get(first - 1).word().matches(".*\\d") && DATE_UNIT.matcher(word).lookingAt();
		boolean former = word.startsWith("原") && word.length() > 2
				&& sentence.tokens().get(first).partOfSpeech().startsWith("ns");
		return (dated || former) ? start + 1 : start;
	}

	/** 杭州高新区（滨江）: the district a park lies in, in brackets right after it, belongs to its name. */
	int withPlaceInBrackets(AnalysedSentence sentence, int end) {
		Matcher place = PLACE_IN_BRACKETS.matcher(sentence.text().substring(end - sentence.start()));
		boolean known = place.find() && (this.lexicons.regions().contains(place.group(1))
				|| this.lexicons.regionShortForms().containsKey(place.group(1)));
		return known ? end + place.end() : end;
	}

	/** 高端农机装备企业山东鲁信重工机械有限公司: a category of firms ahead of a company's place is not its name. */
	int afterCategory(AnalysedSentence sentence, int start, int end) {
		String name = sentence.slice(start, end);
		int category = name.lastIndexOf("企业");
		int next = (category > 0) ? sentence.tokenAt(start + category + 2) : -1;
		boolean named = next >= 0 && sentence.tokens().get(next).offset() == start + category + 2
				&& sentence.tokens().get(next).partOfSpeech().matches("n[st].*");
		boolean beforePlace = category > 0 && (named || this.lexicons.startsWithPlace(name.substring(category + 2)));
		return beforePlace ? start + category + 2 : afterRole(sentence, start, end);
	}

	/**
	 * 投资方浙江华鼎新材料集团有限公司, 运营主体东阳市国有资本…有限公司, 入驻福建锦程纺织股份有限公司: common nouns and
	 * verbs before the place that starts a company's name say what the company is or does, not what it is called.
	 */
	private int afterRole(AnalysedSentence sentence, int start, int end) {
		for (int i = sentence.tokenAt(start); i >= 0 && sentence.tokens().get(i).offset() < end; i++) {
			var token = sentence.tokens().get(i);
			if (token.partOfSpeech().matches("n[st].*") && this.lexicons.startsWithPlace(sentence.slice(token.offset(), end))) {
				return token.offset();
			}
			if (!token.partOfSpeech().matches("n|vn|v|vi")) {
				return start;
			}
		}
		return start;
	}

	/**
	 * 滁州盛和逆变器科技有限公司, 温岭市泵与电机产业创新服务综合体: a company's, park's or institution's name may contain
	 * 和 or 与 when a place and one character stand before it (温岭市泵与电机行业协会), or open its trade name with 和
	 * right after its place when one character follows (浙江和合滤材股份有限公司).
	 */
	static int acrossTradeNameHe(AnalysedSentence sentence, int start) {
		int he = sentence.tokenAt(start - 1);
		if (he < 1 || !sentence.tokens().get(he).word().matches("和|与")) {
			return start;
		}
		var character = sentence.tokens().get(he - 1);
		int first = sentence.tokenAt(start);
		boolean opensTradeName = character.partOfSpeech().startsWith("ns") && first >= 0
				&& sentence.tokens().get(first).word().length() == 1 && !sentence.tokens().get(first).isPunctuation();
		if (opensTradeName) {
			return character.offset();
		}
		var place = (he < 2) ? null : sentence.tokens().get(he - 2);
		boolean tradeName = place != null && character.word().length() == 1 && !character.isPunctuation()
				&& place.partOfSpeech().startsWith("ns");
		return tradeName ? place.offset() : start;
	}

	/** 胜山镇人大主席团 segmented 胜/v 山镇人大主席团/nt: a town's first character split off the name belongs to it. */
	private static int withTownCharacter(AnalysedSentence sentence, int start) {
		int first = sentence.tokenAt(start);
		int before = sentence.tokenAt(start - 1);
		boolean town = first >= 0 && TOWN.matcher(sentence.tokens().get(first).word()).lookingAt();
		boolean oneCharacter = before >= 0 && sentence.tokens().get(before).word().length() == 1
				&& !sentence.tokens().get(before).isPunctuation() && !LeftExtension.isStopWord(sentence.tokens().get(before));
		return (town && oneCharacter && sentence.tokens().get(first).offset() == start) ? start - 1 : start;
	}

	/** 建强创业创新学院 segmented 建/v 强创业创新学院/nt: the adjective completing the verb is not part of the name. */
	private static int afterVerbComplement(AnalysedSentence sentence, int start) {
		int first = sentence.tokenAt(start);
		int before = sentence.tokenAt(start - 1);
		boolean complement = first >= 0 && sentence.tokens().get(first).offset() == start
				&& sentence.tokens().get(first).partOfSpeech().startsWith("nt")
				&& COMPLEMENTS.indexOf(sentence.slice(start, start + 1)) >= 0;
		boolean afterVerb = before >= 0 && sentence.tokens().get(before).word().length() == 1
				&& sentence.tokens().get(before).isVerb();
		return (complement && afterVerb) ? start + 1 : start;
	}

}

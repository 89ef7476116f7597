package org.policygraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	BoundaryRepairs(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/** A name's start once the cuts HanLP made inside a town or after a verb's complement are repaired. */
	static int resegmented(AnalysedSentence sentence, int start) {
		return afterSplitPrefix(sentence, afterVerbComplement(sentence, withTownCharacter(sentence, start)));
	}

	/**
	 * 2023年长兴经开区 segmented 2023/m 年长兴/ns, 将原长兴经济技术开发区 segmented 原长兴/ns: the unit of a date, or the 原
	 * of a former name, HanLP joined to the place that opens a name is not part of it.
	 */
	private static int afterSplitPrefix(AnalysedSentence sentence, int start) {
		int first = sentence.tokenAt(start);
		if (first < 0 || sentence.tokens().get(first).offset() != start
				|| !sentence.tokens().get(first).partOfSpeech().startsWith("ns")) {
			return start;
		}
		String word = sentence.tokens().get(first).word();
		boolean dated = first > 0 && sentence.tokens().get(first - 1).word().matches("\\d+") && DATE_UNIT.matcher(word).lookingAt();
		boolean former = word.startsWith("原") && word.length() > 2;
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
		return beforePlace ? start + category + 2 : start;
	}

	/**
	 * 滁州盛和逆变器科技有限公司, 温岭市泵与电机产业创新服务综合体: a company's, park's or institution's name may contain
	 * 和 or 与 when a place and one character stand before it (温岭市泵与电机行业协会).
	 */
	static int acrossTradeNameHe(AnalysedSentence sentence, int start) {
		int he = sentence.tokenAt(start - 1);
		if (he < 2 || !sentence.tokens().get(he).word().matches("和|与")) {
			return start;
		}
		var character = sentence.tokens().get(he - 1);
		var place = sentence.tokens().get(he - 2);
		boolean tradeName = character.word().length() == 1 && !character.isPunctuation()
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

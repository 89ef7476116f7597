package org.policygraph.extraction.hanlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Splits Chinese text into {@link Token tokens} with HanLP's Viterbi segmenter, place and organisation recognition
 * switched on, and a custom dictionary of our own lexicon words; thread-safe once constructed.
 */
public class Segmenter {

	private static final int CUSTOM_WORD_FREQUENCY = 1000;

	private static final List<String> ORGANISATION_ENDS = List.of("公司", "集团", "银行", "局", "厅", "委", "办",
			"部", "院", "所", "校", "大学", "学", "会", "中心", "厂", "社", "团", "室", "站", "馆", "处", "组", "府", "行", "店",
			"园", "区", "馆", "基金", "协会", "联盟");

	private static final List<String> JOINING_WORDS = List.of("会同", "联合", "委托", "与", "同", "和", "及", "向", "对", "为", "在",
			"从", "由");

	private final Segment recognising;

	private final Segment plain;

	/**
	 * Builds the segmenter; the dictionary is filled here once and never changed afterwards.
	 * @param customWords words to keep whole, each with its part-of-speech tag ({@code ns}, {@code nz}, {@code n} …)
	 */
	public Segmenter(Map<String, String> customWords) {
		// HanLP's bundled custom dictionary, with our lexicon words on top.
		DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
		customWords.forEach((word, tag) -> dictionary.insert(word, tag + " " + CUSTOM_WORD_FREQUENCY));
		this.recognising = HanLP.newSegment("viterbi")
			.enableCustomDictionary(dictionary)
			.enablePlaceRecognize(true)
			.enableOrganizationRecognize(true)
			.enableOffset(true);
		this.plain = HanLP.newSegment("viterbi").enableCustomDictionary(dictionary).enableOffset(true);
	}

	public List<Token> segment(String text) {
		List<Token> tokens = new ArrayList<>();
		for (Term term : this.recognising.seg(text)) {
			Token token = new Token(term.word, String.valueOf(term.nature), term.offset);
			if (isUnheadedOrganisation(token)) {
				tokens.addAll(resegmented(token));
			}
			else {
				tokens.addAll(isRecognisedName(token) ? withoutLeadingFunctionWords(token) : List.of(token));
			}
		}
		return tokens;
	}

	/**
	 * Organisation recognition also joins plain phrases into one name (重点发展新能源动力, 诸城市重点发展汽车); an
	 * organisation name ends with an organisational word, so one that does not is segmented again without it.
	 */
	private boolean isUnheadedOrganisation(Token token) {
		if (!token.partOfSpeech().startsWith("nt") || token.word().length() <= 2) {
			return false;
		}
		return ORGANISATION_ENDS.stream().noneMatch(token.word()::endsWith) || joinsTwoNames(token);
	}

	/** 经信厅会同省科技厅, 企业山东鲁信重工机械有限公司: a verb or a category word inside joins two names. */
	private boolean joinsTwoNames(Token token) {
		List<Term> parts = this.plain.seg(token.word());
		for (int i = 1; i < parts.size() - 1; i++) {
			String tag = String.valueOf(parts.get(i).nature);
			if (JOINING_WORDS.contains(parts.get(i).word) || tag.equals("v") && parts.get(i).word.length() > 1
					|| isBuiltBy(parts, i)) {
				return true;
			}
		}
		return !parts.isEmpty() && parts.get(0).word.equals("企业") && parts.size() > 2;
	}

	/** 学校建设产业学院: an organisation before 建设 builds the name after it. */
	private static boolean isBuiltBy(List<Term> parts, int i) {
		String before = parts.get(i - 1).word;
		return parts.get(i).word.equals("建设") && ORGANISATION_ENDS.stream().anyMatch(before::endsWith);
	}

	private List<Token> resegmented(Token name) {
		return this.plain.seg(name.word())
			.stream()
			.map((part) -> new Token(part.word, String.valueOf(part.nature), name.offset() + part.offset))
			.toList();
	}

	private static boolean isRecognisedName(Token token) {
		return (token.partOfSpeech().startsWith("nt") || token.partOfSpeech().startsWith("ns"))
				&& token.word().length() > 2;
	}

	/**
	 * Organisation and place recognition sometimes swallows the verb or particle before a name (推进浙商银行,
	 * 的滨海); such words are split off again as tokens of their own.
	 */
	private List<Token> withoutLeadingFunctionWords(Token name) {
		List<Term> parts = this.plain.seg(name.word());
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < parts.size() - 1 && isFunctionWord(parts.get(i))) {
			Term part = parts.get(i);
			tokens.add(new Token(part.word, String.valueOf(part.nature), name.offset() + part.offset));
			i++;
		}
		int restOffset = (i < parts.size()) ? parts.get(i).offset : name.word().length();
		tokens.add(new Token(name.word().substring(restOffset), name.partOfSpeech(), name.offset() + restOffset));
		return tokens;
	}

	private static boolean isFunctionWord(Term term) {
		String tag = String.valueOf(term.nature);
		return tag.startsWith("v") || tag.startsWith("u") || tag.startsWith("p") || tag.startsWith("d")
				|| tag.startsWith("c") || tag.startsWith("m") || tag.equals("q");
	}

}

package org.policygraph.extraction;

import java.util.List;
import java.util.Set;

import org.policygraph.extraction.hanlp.Token;

/**
 * Finds where a name begins by walking left from its head over segmentation tokens, stopping at verbs, numbers,
 * punctuation and function words (的, 与, 和, 、 …).
 */
class LeftExtension {

	private static final Set<String> STOP_WORDS = Set.of("的", "与", "和", "及", "或", "等", "在", "对", "为", "将", "由",
			"向", "从", "把", "被", "以", "是", "了", "并", "其", "该", "各", "本", "我", "我市", "全市", "全省", "我局", "一是",
			"二是", "三是", "四是", "五是", "六是", "依托", "通过", "按照", "围绕", "加快", "积极", "大力", "深入", "全面", "着力",
			"进一步", "重点", "新增", "新", "共", "有", "入驻", "首批", "一批", "今年", "目前", "其中", "另有", "包括", "主要",
			"以及", "如", "即", "指", "含", "已", "正", "还", "也", "都", "又", "更", "最", "于", "至", "到", "个", "家", "项",
			"其他", "相关", "有关", "下步", "同时", "年度");

	private static final Set<String> NAME_PUNCTUATION = Set.of("“", "”", "·", "•", "+", "（", "）", "(", ")");

	private final int maxLength;

	LeftExtension(int maxLength) {
		this.maxLength = maxLength;
	}

	/**
	 * Offset where the name that ends with token {@code last} begins.
	 * @param tokens the sentence's tokens
	 * @param first index of the token the name surely starts at or before
	 * @param end offset just past the name
	 */
	int start(List<Token> tokens, int first, int end) {
		int start = tokens.get(first).offset();
		for (int i = first - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			if (!isNamePart(token) || end - token.offset() > this.maxLength) {
				break;
			}
			start = token.offset();
		}
		return trimOpeningBracket(tokens, start, first);
	}

	static boolean isNamePart(Token token) {
		if (STOP_WORDS.contains(token.word())) {
			return false;
		}
		if (token.isPunctuation()) {
			return NAME_PUNCTUATION.contains(token.word());
		}
		if (token.isNumeral()) {
			return token.word().chars().allMatch((c) -> c < 128);
		}
		return !token.isVerb() && !token.partOfSpeech().equals("t") && !token.partOfSpeech().startsWith("p")
				&& !token.partOfSpeech().startsWith("c") && !token.partOfSpeech().startsWith("u")
				&& !token.partOfSpeech().startsWith("d") && !token.partOfSpeech().startsWith("r");
	}

	private static int trimOpeningBracket(List<Token> tokens, int start, int first) {
		for (Token token : tokens) {
			if (token.offset() == start && (token.word().equals("）") || token.word().equals(")")
					|| token.word().equals("”"))) {
				return token.end();
			}
		}
		return start;
	}

}

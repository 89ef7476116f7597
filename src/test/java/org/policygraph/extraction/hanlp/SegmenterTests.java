package org.policygraph.extraction.hanlp;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterTests {

	private static final Segmenter SEGMENTER = new Segmenter(Map.of("关键基础件", "nz", "慈溪市", "ns"));

	@Test
	void keepsCustomWordsWholeWithTheirTag() {
		List<Token> tokens = SEGMENTER.segment("慈溪市聚焦关键基础件产业");
		assertThat(tokens).contains(new Token("慈溪市", "ns", 0), new Token("关键基础件", "nz", 5));
	}

	@Test
	void givesOffsetsIntoTheSegmentedText() {
		String text = "推进浙商银行与20余家企业进行对接";
		for (Token token : SEGMENTER.segment(text)) {
			assertThat(text.substring(token.offset(), token.end())).isEqualTo(token.word());
		}
	}

	@Test
	void splitsAVerbSwallowedByOrganisationRecognitionOffTheName() {
		String text = "新成立3个规模共4.2亿元的转贷资金，推进浙商银行与20余家企业进行“融资、融物、融服务”的智能制造产融对接";
		List<Token> tokens = SEGMENTER.segment(text);
		assertThat(tokens).extracting(Token::word).containsSubsequence("推进", "浙商银行");
		assertThat(tokens).filteredOn((token) -> token.partOfSpeech().startsWith("nt"))
			.extracting(Token::word)
			.doesNotContain("推进浙商银行");
	}

	@Test
	void segmentsAgainAnOrganisationWithoutAnOrganisationalEnding() {
		List<Token> tokens = SEGMENTER.segment("潍坊滨海经济技术开发区重点发展新能源动力和储能装备产业");
		assertThat(tokens).extracting(Token::word).doesNotContain("重点发展新能源动力").contains("重点", "发展");
	}

	@Test
	void segmentsAgainTwoOrganisationsJoinedByAVerb() {
		List<Token> tokens = SEGMENTER.segment("省经信厅会同省科技厅实施");
		assertThat(tokens).extracting(Token::word).contains("会同");
	}

	@Test
	void segmentsAgainAnOrganisationThatBuildsAnother() {
		List<Token> tokens = SEGMENTER.segment("鼓励行业龙头企业与学校建设产业学院，开展工程师订单式培养；");
		assertThat(tokens).extracting(Token::word).contains("学校", "建设").doesNotContain("学校建设产业学院");
	}

}

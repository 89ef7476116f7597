package org.policygraph.extraction.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameNormaliserTests {

	@Test
	void removesChineseQuotesAndBookTitleMarks() {
		assertThat(NameNormaliser.normalise("“企业上云”行动计划")).isEqualTo("企业上云行动计划");
		assertThat(NameNormaliser.normalise("《慈溪市工业园区管理办法》")).isEqualTo("慈溪市工业园区管理办法");
		assertThat(NameNormaliser.normalise("「上林英才」‘计划’〈一〉")).isEqualTo("上林英才计划一");
	}

	@Test
	void removesBracketsOfEveryWidthAndAsciiQuotes() {
		assertThat(NameNormaliser.normalise("智能化（自动化）成套装备")).isEqualTo("智能化自动化成套装备");
		assertThat(NameNormaliser.normalise("慈经信建〔2017〕5号")).isEqualTo(NameNormaliser.normalise("慈经信建[2017]5号"));
		assertThat(NameNormaliser.normalise("\"3315计划\"")).isEqualTo("3315计划");
		assertThat(NameNormaliser.normalise("'3315'计划【甬】")).isEqualTo("3315计划甬");
	}

	@Test
	void foldsFullWidthAsciiAndLowerCasesLatin() {
		assertThat(NameNormaliser.normalise("ＡＢＣ科技１２３")).isEqualTo("abc科技123");
		assertThat(NameNormaliser.normalise("＂ＮＢ－ＩｏＴ＂")).isEqualTo("nb-iot");
	}

	@Test
	void removesWhitespaceIncludingIdeographicSpace() {
		assertThat(NameNormaliser.normalise(" 宁波\u3000市 \t杭州湾\u00a0新区\n")).isEqualTo("宁波市杭州湾新区");
	}

	@Test
	void keepsNullAsNull() {
		assertThat(NameNormaliser.normalise(null)).isNull();
	}

}

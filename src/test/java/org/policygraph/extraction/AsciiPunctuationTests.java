package org.policygraph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsciiPunctuationTests {

	@Test
	void foldsAsciiPunctuationBetweenChineseWordsToFullWidth() {
		assertThat(AsciiPunctuation.fold("收悉.首先,衷心感谢;全面推行\"链长制\"(试行):"))
			.isEqualTo("收悉。首先，衷心感谢；全面推行“链长制”（试行）：");
	}

	@Test
	void keepsPunctuationInsideNumbersAndLatinText() {
		assertThat(AsciiPunctuation.fold("强度达4.6%,共1,000家,见www.gov.cn")).isEqualTo("强度达4.6%，共1,000家，见www.gov.cn");
	}

	@Test
	void turnsCommasBetweenTiersIntoEnumerationCommas() {
		assertThat(AsciiPunctuation.fold("按8%,10%,12%分别给予最高300万元,400万元,500万元奖励"))
			.isEqualTo("按8%、10%、12%分别给予最高300万元、400万元、500万元奖励");
	}

	@Test
	void nestsSingleQuotesInsideDoubleQuotes() {
		assertThat(AsciiPunctuation.fold("\"专精特新'小巨人'企业\"")).isEqualTo("“专精特新‘小巨人’企业”");
	}

	@Test
	void keepsTheLengthSoOffsetsStayValid() {
		String text = "潍工信建[2024]21号 签发人:刘志强\n(一)加强规划引导.";
		assertThat(AsciiPunctuation.fold(text)).hasSameSizeAs(text);
	}

}

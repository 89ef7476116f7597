package org.policygraph.ask;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTextTests {

	@Test
	void dropsSpacesQuotesAndTheClosingQuestionMark() {
		assertThat(QuestionText.question(" 哪些 政策　支持「智能家电」产业？ ")).isEqualTo("哪些政策支持智能家电产业");
		assertThat(QuestionText.question("哪些政策支持“智能家电”产业??")).isEqualTo("哪些政策支持智能家电产业");
		assertThat(QuestionText.question("《浙江制造》支持哪些产业！")).isEqualTo("浙江制造支持哪些产业");
	}

	@Test
	void foldsFullWidthFormsSoNamesMatchHowEverTheyAreTyped() {
		assertThat(QuestionText.key("浙江省开发区（园区）名单")).isEqualTo(QuestionText.key("浙江省开发区(园区)名单"));
		assertThat(QuestionText.key("三Ａ")).isEqualTo("三a");
	}

	@Test
	void keepsPunctuationInsideTheQuestion() {
		assertThat(QuestionText.question("互联网+行动计划、企业上云有什么关系？")).isEqualTo("互联网+行动计划、企业上云有什么关系");
	}

}

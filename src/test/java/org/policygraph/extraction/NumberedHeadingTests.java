package org.policygraph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberedHeadingTests {

	@Test
	void recognisesArticlesItemsAndAsciiHeadings() {
		assertThat(NumberedHeading.is("第五条 实施“专精特新”中小企业培育行动。")).isTrue();
		assertThat(NumberedHeading.is("(三)实施\"专精特新\"培育行动.")).isTrue();
		assertThat(NumberedHeading.is("一、强化政策引领")).isTrue();
		assertThat(NumberedHeading.is("2.聚焦创新力")).isTrue();
	}

	@Test
	void rejectsSentencesOfBodyText() {
		assertThat(NumberedHeading.is("对首次认定为国家级专精特新“小巨人”企业的，分别给予100万元奖励。")).isFalse();
		assertThat(NumberedHeading.is("第四条 单个企业同一年度享受本章补助、贴息的总额最高不超过1000万元，按年度兑现。")).isFalse();
	}

}

package org.policygraph.extraction;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IssueDateTests {

	@Test
	void readsArabicDates() {
		assertThat(IssueDate.parse("2017年7月3日")).contains(LocalDate.of(2017, 7, 3));
		assertThat(IssueDate.parse("2021年 6月22日")).contains(LocalDate.of(2021, 6, 22));
	}

	@Test
	void readsChineseNumeralDates() {
		assertThat(IssueDate.parse("二〇二一年六月二十二日")).contains(LocalDate.of(2021, 6, 22));
		assertThat(IssueDate.parse("二○一七年十二月十日")).contains(LocalDate.of(2017, 12, 10));
		assertThat(IssueDate.parse("二〇一九年九月三十日")).contains(LocalDate.of(2019, 9, 30));
	}

	@Test
	void rejectsImpossibleDatesAndSentences() {
		assertThat(IssueDate.parse("2017年2月30日")).isEmpty();
		assertThat(IssueDate.parse("2017年6月5日，市委市政府印发了意见")).isEmpty();
	}

}

package org.policygraph.export;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLineTests {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaks() {
		String line = CsvLine.of(Arrays.asList("Industry:智能家电", "a,b", "说\"好\"", "第一行\n第二行", "回车\r", null, 42L));
		assertThat(line).isEqualTo("Industry:智能家电,\"a,b\",\"说\"\"好\"\"\",\"第一行\n第二行\",\"回车\r\",,42\r\n");
	}

	@Test
	void leavesPlainChineseTextAndFullWidthPunctuationUnquoted() {
		assertThat(CsvLine.of(List.of("扎实推进“浙江制造”建设，加快培育品牌。"))).isEqualTo("扎实推进“浙江制造”建设，加快培育品牌。\r\n");
	}

	@Test
	void joinsListsIntoOneField() {
		assertThat(CsvLine.of(List.of(List.of("家电", "小家电"), List.of()))).isEqualTo("家电; 小家电,\r\n");
	}

	@Test
	void readsBackWhatItWrites() {
		List<String> fields = List.of("x", "a, \"b\"\r\nc", "", "尾");
		assertThat(CsvReader.rows(CsvLine.of(fields) + CsvLine.of(List.of("y")))).containsExactly(fields, List.of("y"));
	}

}

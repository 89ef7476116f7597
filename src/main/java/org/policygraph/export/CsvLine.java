package org.policygraph.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Formats one line of RFC 4180 CSV: a field with a comma, quote, carriage return or line feed is quoted, with its
 * quotes doubled; lines end with CRLF.
 */
final class CsvLine {

	private CsvLine() {
	}

	static String of(List<?> fields) {
		return fields.stream().map(CsvLine::field).collect(Collectors.joining(",", "", "\r\n"));
	}

	static String field(Object value) {
		String text = ExportValues.text(value);
		boolean quote = text.chars().anyMatch((c) -> c == ',' || c == '"' || c == '\r' || c == '\n');
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

}

package org.policygraph.extraction.jsonl;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reads single scalar and list fields of a JSON record, treating an absent field like {@code null}. */
final class FieldReader {

	private FieldReader() {
	}

	static String requiredText(JsonNode record, String field) {
		String value = text(record, field);
		if (value == null) {
			throw new RecordProblem("missing field \"" + field + "\"");
		}
		return value;
	}

	static String text(JsonNode record, String field) {
		JsonNode node = record.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw new RecordProblem("\"" + field + "\" must be a string");
		}
		return node.stringValue();
	}

	static Long integer(JsonNode record, String field) {
		Double value = number(record, field);
		if (value == null) {
			return null;
		}
		if (value != Math.rint(value)) {
			throw new RecordProblem("\"" + field + "\" must be a whole number");
		}
		JsonNode node = record.get(field);
		return node.isIntegralNumber() ? node.longValue() : value.longValue();
	}

	static Double number(JsonNode record, String field) {
		JsonNode node = record.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw new RecordProblem("\"" + field + "\" must be a number or null");
		}
		return node.doubleValue();
	}

	static List<String> texts(JsonNode record, String field) {
		JsonNode node = record.get(field);
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw new RecordProblem("\"" + field + "\" must be an array of strings");
		}
		List<String> values = new ArrayList<>();
		for (JsonNode element : node) {
			if (!element.isString()) {
				throw new RecordProblem("\"" + field + "\" must be an array of strings");
			}
			values.add(element.stringValue());
		}
		return values;
	}

}

package org.policygraph.export;

import java.util.List;
import java.util.stream.Collectors;

/** Turns exported property values into text for formats without lists or numbers of their own (CSV, GraphML). */
final class ExportValues {

	/** Joins list items, such as the aliases of an entity; Chinese text has the full-width ； instead. */
	static final String LIST_SEPARATOR = "; ";

	private ExportValues() {
	}

	/** The value as text: empty for null, list items joined by {@link #LIST_SEPARATOR}. */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR));
		}
		return value.toString();
	}

}

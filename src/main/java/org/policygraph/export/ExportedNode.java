package org.policygraph.export;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.policygraph.query.MeasureName;

/**
 * A node as every export format writes it.
 *
 * @param id its API id: {@code <Label>:<name>} for an entity, the id of a document or measure
 * @param label its label, such as {@code Industry}, {@code Document} or {@code Measure}
 * @param name what to show on it: an entity's name, a document's title, a measure's instrument and figures
 * @param properties the non-null properties of {@link Column#NODE}, in that order: strings, numbers, lists of strings
 */
record ExportedNode(String id, String label, String name, Map<String, Object> properties) {

	static ExportedNode of(Node node) {
		String label = "Node";
		for (String candidate : node.labels()) {
			if (!candidate.equals("Entity")) {
				label = candidate;
			}
		}
		Map<String, Object> properties = properties(node, Column.NODE);
		return switch (label) {
			case "Document" -> new ExportedNode(node.get("id").asString(), label,
					node.get("title").asString(node.get("id").asString()), properties);
			case "Measure" -> new ExportedNode(node.get("id").asString(), label, MeasureName.of(node), properties);
			default -> new ExportedNode(label + ":" + node.get("name").asString(), label, node.get("name").asString(),
					properties);
		};
	}

	/** The non-null values of the columns among a node's or relationship's properties, in column order. */
	static Map<String, Object> properties(MapAccessor entity, List<Column> columns) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (Column column : columns) {
			Value value = entity.get(column.name());
			if (!value.isNull()) {
				properties.put(column.name(), plain(value.asObject()));
			}
		}
		return properties;
	}

	/** Dates and times as ISO text; strings, numbers and lists as they are. */
	private static Object plain(Object value) {
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return value;
	}

}

package org.policygraph.cypher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns driver values into plain JSON values: nodes, relationships and paths into maps, temporal values and
 * durations into ISO-8601 strings, points into {@code {srid, x, y[, z]}}.
 */
final class CypherValues {

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private CypherValues() {
	}

	static Object toJson(Value value) {
		if (value.isNull()) {
			return null;
		}
		if (value.hasType(TYPES.NODE())) {
			return node(value.asNode());
		}
		if (value.hasType(TYPES.RELATIONSHIP())) {
			return relationship(value.asRelationship());
		}
		if (value.hasType(TYPES.PATH())) {
			return path(value.asPath());
		}
		if (value.hasType(TYPES.LIST())) {
			return value.asList(CypherValues::toJson);
		}
		if (value.hasType(TYPES.MAP())) {
			return map(value);
		}
		if (value.hasType(TYPES.POINT())) {
			return point(value.asPoint());
		}
		return scalar(value);
	}

	private static Object scalar(Value value) {
		if (value.hasType(TYPES.BOOLEAN())) {
			return value.asBoolean();
		}
		if (value.hasType(TYPES.INTEGER())) {
			return value.asLong();
		}
		if (value.hasType(TYPES.FLOAT())) {
			return value.asDouble();
		}
		if (value.hasType(TYPES.STRING())) {
			return value.asString();
		}
		if (value.hasType(TYPES.BYTES())) {
			return value.asByteArray();
		}
		// dates, times, date-times and durations print themselves in ISO-8601
		return value.asObject().toString();
	}

	private static Map<String, Object> map(Value value) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (String key : value.keys()) {
			map.put(key, toJson(value.get(key)));
		}
		return map;
	}

	static Map<String, Object> node(Node node) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("elementId", node.elementId());
		json.put("labels", node.labels());
		json.put("properties", node.asMap(CypherValues::toJson));
		return json;
	}

	static Map<String, Object> relationship(Relationship relationship) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("elementId", relationship.elementId());
		json.put("type", relationship.type());
		json.put("startElementId", relationship.startNodeElementId());
		json.put("endElementId", relationship.endNodeElementId());
		json.put("properties", relationship.asMap(CypherValues::toJson));
		return json;
	}

	private static Map<String, Object> path(Path path) {
		List<Object> nodes = new ArrayList<>();
		path.nodes().forEach((node) -> nodes.add(node(node)));
		List<Object> relationships = new ArrayList<>();
		path.relationships().forEach((relationship) -> relationships.add(relationship(relationship)));
		return Map.of("nodes", nodes, "relationships", relationships);
	}

	private static Map<String, Object> point(Point point) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("srid", point.srid());
		json.put("x", point.x());
		json.put("y", point.y());
		if (!Double.isNaN(point.z())) {
			json.put("z", point.z());
		}
		return json;
	}

}

package org.policygraph.query;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * An entity as a list shows it.
 *
 * @param id the API id, {@code <Label>:<name>}
 * @param type the entity type label
 * @param name the canonical name
 * @param aliases other surface forms, over all documents
 */
record EntitySummary(String id, String type, String name, List<String> aliases) {

	/** Reads a Cypher map with the keys {@code type}, {@code name} and {@code aliases}. */
	static EntitySummary of(Value map) {
		NodeRef ref = NodeRef.of(map);
		List<String> aliases = map.get("aliases").asList(Value::asString, List.of());
		return new EntitySummary(ref.id(), ref.type(), ref.name(), aliases);
	}

}

package org.policygraph.query;

import org.neo4j.driver.Value;

/**
 * Points at an entity from another fact: its API id, type label and canonical name.
 *
 * @param id the API id, {@code <Label>:<name>}
 * @param type the entity type label
 * @param name the canonical name
 */
record NodeRef(String id, String type, String name) {

	/**
	 * Reads a Cypher map with the keys {@code type} and {@code name}; queries compute the type as
	 * {@code [l IN labels(e) WHERE l <> 'Entity'][0]}.
	 */
	static NodeRef of(Value map) {
		String type = map.get("type").asString();
		String name = map.get("name").asString();
		return new NodeRef(type + ":" + name, type, name);
	}

}

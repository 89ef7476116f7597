package org.policygraph.query;

import org.neo4j.driver.Value;

/**
 * The evidence for a fact as the API shows it: the document that states it and the sentence that does.
 *
 * @param documentId id of the stating document
 * @param sentence the sentence as it stands in the document
 */
public record Citation(String documentId, String sentence) {

	/** Reads a Cypher map with the keys {@code documentId} and {@code sentence}. */
	static Citation of(Value map) {
		return new Citation(map.get("documentId").asString(null), map.get("sentence").asString(null));
	}

}

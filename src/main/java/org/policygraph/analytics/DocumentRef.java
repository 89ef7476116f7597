package org.policygraph.analytics;

import org.neo4j.driver.Value;

/**
 * A document behind an analytics answer.
 *
 * @param id the document id, its file name without extension
 * @param title its title
 * @param year its year as the analytics read it (date, else document number), or {@code null}
 */
record DocumentRef(String id, String title, Integer year) {

	/** Reads a Cypher map with the keys {@code id}, {@code title} and {@code year}. */
	static DocumentRef of(Value map) {
		return new DocumentRef(map.get("id").asString(), map.get("title").asString(null),
				map.get("year").computeOrDefault(Value::asInt, null));
	}

}

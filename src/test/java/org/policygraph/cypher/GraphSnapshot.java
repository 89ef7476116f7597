package org.policygraph.cypher;

import org.neo4j.driver.Driver;

/**
 * Everything a hostile query could change, read through the driver: node and relationship counts, every label and
 * property, and the schema.
 *
 * @param nodes number of nodes
 * @param relationships number of relationships
 * @param content labels and properties of every node and type and properties of every relationship, in a stable order
 * @param schema names of the indexes and constraints
 */
record GraphSnapshot(long nodes, long relationships, String content, String schema) {

	static GraphSnapshot of(Driver driver) {
		var counts = driver.executableQuery("""
				CALL { MATCH (n) RETURN count(n) AS nodes }
				CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
				RETURN nodes, relationships""").execute().records().get(0);
		String content = driver.executableQuery("""
				CALL { MATCH (n) WITH n ORDER BY elementId(n) RETURN collect([labels(n), properties(n)]) AS nodes }
				CALL { MATCH ()-[r]->() WITH r ORDER BY elementId(r) RETURN collect([type(r), properties(r)]) AS rels }
				RETURN nodes, rels""").execute().records().get(0).toString();
		String schema = names(driver, "SHOW INDEXES YIELD name RETURN name ORDER BY name") + " "
				+ names(driver, "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
		return new GraphSnapshot(counts.get("nodes").asLong(), counts.get("relationships").asLong(), content, schema);
	}

	private static String names(Driver driver, String query) {
		return driver.executableQuery(query).execute().records().stream().map((r) -> r.get("name").asString()).toList()
			.toString();
	}

}

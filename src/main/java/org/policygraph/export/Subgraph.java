package org.policygraph.export;

import java.util.Map;

import org.neo4j.driver.Query;

/**
 * What an export holds: a query for its nodes (column {@code n}) and one for the relationships among them, and the
 * stem of the download's file name.
 *
 * @param fileStem the file name without extension, such as {@code policygraph-industry-智能家电}
 * @param nodes returns each node once as {@code n}
 * @param relationships returns each relationship once as {@code id}, {@code type}, {@code source},
 * {@code target} (API ids) and {@code r}; both ends are among the nodes
 */
record Subgraph(String fileStem, Query nodes, Query relationships) {

	/** The API id of node {@code %1$s} in Cypher, as {@link ExportedNode} computes it. */
	private static final String API_ID = "CASE WHEN %1$s:Entity THEN [l IN labels(%1$s) WHERE l <> 'Entity'][0] + ':' "
			+ "+ %1$s.name ELSE %1$s.id END";

	/** The columns every relationship query returns for {@code (a)-[r]->(b)}. */
	static final String RELATIONSHIP_COLUMNS = "RETURN elementId(r) AS id, type(r) AS type, " + API_ID.formatted("a")
			+ " AS source, " + API_ID.formatted("b") + " AS target, r";

	static Subgraph of(String fileStem, String nodes, String relationships, Map<String, Object> parameters) {
		return new Subgraph(fileStem, new Query(nodes, parameters),
				new Query(relationships + "\n" + RELATIONSHIP_COLUMNS, parameters));
	}

}

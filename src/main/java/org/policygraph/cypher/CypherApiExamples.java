package org.policygraph.cypher;

/** Texts of the Cypher endpoint's OpenAPI description: what it allows, and example requests and answers. */
final class CypherApiExamples {

	static final String DESCRIPTION = """
			Plans the query with EXPLAIN and refuses it (400, type query-refused, the reason in the detail) unless \
			it is read-only, loads nothing (no LOAD CSV) and calls no procedure or namespaced function outside the \
			allow-list: db.labels, db.relationshipTypes, db.propertyKeys, db.schema.*, \
			db.index.fulltext.queryNodes/queryRelationships and the temporal, spatial and vector functions. It then \
			runs in a READ transaction, stopped after policygraph.cypher.timeout (422, query-timeout), and returns \
			at most policygraph.cypher.max-rows rows with truncated: true when there were more. Values of \
			$parameters come from "parameters" and are never part of the query text. Each key may send \
			policygraph.cypher.rate-limit requests per minute (429 with Retry-After), and so may all requests \
			without a valid key together. Nodes come back as \
			{elementId, labels, properties}, relationships as {elementId, type, startElementId, endElementId, \
			properties}, paths as {nodes, relationships}, dates and times as ISO-8601 strings.""";

	static final String REQUEST = """
			{"query": "MATCH (m:Measure)-[:FOR]->(i:Industry {name: $industry}) \
			RETURN m.instrument AS instrument, m.amountYuan AS amountYuan ORDER BY amountYuan DESC", \
			"parameters": {"industry": "智能家电"}}""";

	static final String RESULT = """
			{"columns": ["instrument", "amountYuan"], "rows": [["奖励", 5000000], ["补助", 300000]], \
			"truncated": false, "elapsedMs": 12}""";

	static final String REFUSED = """
			{"type": "https://policygraph.org/problems/query-refused", "title": "Query refused", "status": 400, \
			"detail": "Query refused: LOAD CSV is not allowed: this endpoint reads nothing from outside the graph.", \
			"instance": "/api/cypher"}""";

	static final String TIMEOUT = """
			{"type": "https://policygraph.org/problems/query-timeout", "title": "Query timed out", "status": 422, \
			"detail": "The query ran longer than the endpoint allows (policygraph.cypher.timeout) and was stopped; \
			narrow it, e.g. with LIMIT or a bounded path length.", "instance": "/api/cypher"}""";

	private CypherApiExamples() {
	}

}

package org.policygraph.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.RelationType;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the nodes per label and the relationships per type; every label and type of the graph model is listed, with
 * zero when absent, so that the shape of the answer does not depend on the data.
 */
@Service
@Transactional(readOnly = true)
class GraphStatistics {

	private static final String NODES = """
			MATCH (n)
			UNWIND labels(n) AS label
			RETURN label, count(*) AS count
			""";

	private static final String RELATIONSHIPS = """
			MATCH ()-[r]->()
			RETURN type(r) AS type, count(*) AS count
			""";

	private final Neo4jClient neo4j;

	GraphStatistics(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Stats stats() {
		Map<String, Long> nodes = new LinkedHashMap<>();
		nodes.put("Document", 0L);
		nodes.put("Measure", 0L);
		nodes.put("Entity", 0L);
		for (EntityType type : EntityType.values()) {
			nodes.put(type.label(), 0L);
		}
		Map<String, Long> relationships = new LinkedHashMap<>();
		for (RelationType type : RelationType.values()) {
			relationships.put(type.name(), 0L);
		}
		for (String type : new String[] { "MENTIONS", "STATED_IN", "FOR" }) {
			relationships.put(type, 0L);
		}
		count(NODES, "label", nodes);
		count(RELATIONSHIPS, "type", relationships);
		return new Stats(nodes.get("Document"), nodes, relationships);
	}

	private void count(String query, String key, Map<String, Long> counts) {
		this.neo4j.query(query)
			.fetch()
			.all()
			.forEach((row) -> counts.put((String) row.get(key), ((Number) row.get("count")).longValue()));
	}

}

package org.policygraph.query;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds entities by name or alias through the full-text index of {@code cypher/schema.cypher}, whose CJK analyzer
 * matches Chinese text by overlapping character pairs.
 */
@Service
@Transactional(readOnly = true)
class EntitySearch {

	/** The full-text index over entity names and aliases, as {@code cypher/schema.cypher} names it. */
	static final String INDEX = "entity_names";

	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e, score
			RETURN {type: [l IN labels(e) WHERE l <> 'Entity'][0], name: e.name, aliases: coalesce(e.aliases, [])}
				AS entity, score
			ORDER BY score DESC, e.name
			LIMIT $limit
			""";

	/** Characters with a meaning in Lucene's query syntax. */
	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private final Neo4jClient neo4j;

	EntitySearch(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<SearchHit> search(String q, int limit) {
		return List.copyOf(this.neo4j.query(SEARCH)
			.bindAll(Map.of("index", INDEX, "query", luceneQuery(q), "limit", limit))
			.fetchAs(SearchHit.class)
			.mappedBy((types, row) -> {
				EntitySummary entity = EntitySummary.of(row.get("entity"));
				return new SearchHit(entity.id(), entity.type(), entity.name(), entity.aliases(),
						row.get("score").asDouble());
			})
			.all());
	}

	/**
	 * Turns user input into a Lucene query that matches its words and nothing else: special characters are escaped
	 * and the text is lower-cased so that {@code AND}, {@code OR} and {@code NOT} are words, not operators (the
	 * analyzer lower-cases the index anyway).
	 */
	static String luceneQuery(String q) {
		StringBuilder query = new StringBuilder();
		for (char c : q.strip().toLowerCase(Locale.ROOT).toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				query.append('\\');
			}
			query.append(c);
		}
		return query.toString();
	}

}

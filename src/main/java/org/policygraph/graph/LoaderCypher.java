package org.policygraph.graph;

/** The Cypher of the loader's write transaction; {@code $documentId} is bound in every statement. */
final class LoaderCypher {

	static final String CONTENT_HASH = """
			MATCH (d:Document {id: $documentId})
			RETURN d.contentHash AS contentHash
			""";

	static final String DELETE_MEASURES = """
			MATCH (:Document {id: $documentId})<-[:STATED_IN]-(m:Measure)
			DETACH DELETE m
			""";

	static final String DELETE_RELATIONS = """
			MATCH (:Document {id: $documentId})-[:MENTIONS]->(:Entity)-[r]-(:Entity)
			WHERE r.documentId = $documentId
			WITH DISTINCT r
			DELETE r
			""";

	static final String DELETE_MENTIONS = """
			MATCH (:Document {id: $documentId})-[m:MENTIONS]->(e:Entity)
			DELETE m
			RETURN elementId(e) AS entity
			""";

	static final String WRITE_DOCUMENT = """
			MERGE (d:Document {id: $documentId})
			SET d += $properties, d.importedAt = datetime()
			""";

	/** Formatted with the entity label. */
	static final String WRITE_ENTITIES = """
			MATCH (d:Document {id: $documentId})
			UNWIND $rows AS row
			MERGE (e:%s {name: row.name})
			SET e:Entity
			MERGE (d)-[m:MENTIONS]->(e)
			SET m.count = row.mentions, m.aliases = row.aliases, m.merges = row.merges
			""";

	/** Formatted with the relationship pattern; the first statement of a document keeps its evidence. */
	static final String WRITE_RELATIONS = """
			MATCH (d:Document {id: $documentId})
			UNWIND $rows AS row
			MATCH (d)-[:MENTIONS]->(s:Entity {name: row.source.name}) WHERE row.source.label IN labels(s)
			MATCH (d)-[:MENTIONS]->(t:Entity {name: row.target.name}) WHERE row.target.label IN labels(t)
			MERGE (s)%s(t)
			ON CREATE SET r.sentence = row.sentence, r.start = row.start, r.end = row.end
			RETURN count(*) AS written
			""";

	static final String WRITE_MEASURES = """
			MATCH (d:Document {id: $documentId})
			UNWIND $rows AS row
			MERGE (m:Measure {id: row.id})
			SET m += row.properties
			MERGE (m)-[:STATED_IN]->(d)
			WITH d, m, row
			UNWIND row.targets AS target
			MATCH (d)-[:MENTIONS]->(e:Entity {name: target.name}) WHERE target.label IN labels(e)
			MERGE (m)-[:FOR]->(e)
			RETURN count(*) AS written
			""";

	static final String MENTIONED_ENTITIES = """
			MATCH (:Document {id: $documentId})-[:MENTIONS]->(e:Entity)
			RETURN elementId(e) AS entity
			""";

	static final String DELETE_ORPHANS = """
			UNWIND $entities AS entity
			MATCH (e:Entity) WHERE elementId(e) = entity AND NOT (e)<-[:MENTIONS]-(:Document)
			DETACH DELETE e
			""";

	/** Aliases are the union, in document order, of the surface forms every mentioning document used. */
	static final String MERGE_ALIASES = """
			UNWIND $entities AS entity
			MATCH (d:Document)-[m:MENTIONS]->(e:Entity) WHERE elementId(e) = entity
			WITH e, d, m ORDER BY d.id
			WITH e, reduce(all = [], aliases IN collect(m.aliases) | all + aliases) AS surfaceForms
			WITH e, reduce(distinct = [], alias IN surfaceForms |
				CASE WHEN alias IN distinct OR alias = e.name THEN distinct ELSE distinct + alias END) AS aliases
			SET e.aliases = aliases,
				e.aliasText = reduce(text = '', alias IN aliases | text + CASE text WHEN '' THEN '' ELSE ' ' END + alias)
			""";

	private LoaderCypher() {
	}

}

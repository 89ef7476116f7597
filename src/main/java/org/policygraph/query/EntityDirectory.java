package org.policygraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Value;
import org.policygraph.extraction.EntityType;
import org.policygraph.query.EntityDetail.Connection;
import org.policygraph.query.EntityDetail.DocumentMention;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists entities by type and name and shows one entity with its documents, relationships and measures; every label
 * in the Cypher below is taken from {@link EntityType}, never from input.
 */
@Service
@Transactional(readOnly = true)
class EntityDirectory {

	private static final String PAGE = """
			MATCH (e:%s)
			WHERE $q IS NULL OR toLower(e.name) CONTAINS $q
				OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $q)
			WITH e ORDER BY e.name
			WITH collect(e) AS matches
			RETURN size(matches) AS total, [e IN matches[$skip..($skip + $size)] | {
				type: [l IN labels(e) WHERE l <> 'Entity'][0], name: e.name, aliases: coalesce(e.aliases, [])
			}] AS items
			""";

	private static final String NODE = """
			MATCH (e:%s {name: $name})
			RETURN properties(e) AS properties
			""";

	private static final String DOCUMENTS = """
			MATCH (d:Document)-[m:MENTIONS]->(e:%s {name: $name})
			RETURN d.id AS id, d.title AS title, coalesce(m.count, 0) AS count, coalesce(m.aliases, []) AS aliases
			ORDER BY id
			""";

	private static final String RELATIONSHIPS = """
			MATCH (e:%s {name: $name})-[r]-(o:Entity)
			WITH r, o, CASE
					WHEN type(r) = 'PARTNERS_WITH' THEN 'UNDIRECTED'
					WHEN startNode(r) = e THEN 'OUTGOING'
					ELSE 'INCOMING'
				END AS direction
			ORDER BY r.documentId, r.start
			WITH type(r) AS type, direction, o, collect({documentId: r.documentId, sentence: r.sentence}) AS evidence
			RETURN type, direction, {type: [l IN labels(o) WHERE l <> 'Entity'][0], name: o.name} AS other, evidence
			ORDER BY type, direction, other.name
			""";

	private static final String MEASURES = """
			MATCH (m:Measure)-[:FOR]->(:%s {name: $name})
			RETURN {id: m.id, instrument: m.instrument, amountYuan: m.amountYuan, ratePercent: m.ratePercent,
				targets: [(m)-[:FOR]->(e) | {type: [l IN labels(e) WHERE l <> 'Entity'][0], name: e.name}],
				evidence: {documentId: m.documentId, sentence: m.sentence}} AS measure
			ORDER BY m.documentId, m.start, m.id
			""";

	private final Neo4jClient neo4j;

	EntityDirectory(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** A page of entities of one type (or of all types when {@code type} is null) whose name or alias has {@code q}. */
	EntityPage page(EntityType type, String q, int page, int size) {
		String label = (type != null) ? type.label() : "Entity";
		Map<String, Object> params = new HashMap<>();
		params.put("q", (q == null || q.isBlank()) ? null : q.strip().toLowerCase(Locale.ROOT));
		params.put("skip", (long) page * size);
		params.put("size", size);
		return this.neo4j.query(PAGE.formatted(label))
			.bindAll(params)
			.fetchAs(EntityPage.class)
			.mappedBy((types, row) -> {
				long total = row.get("total").asLong();
				return new EntityPage(row.get("items").asList(EntitySummary::of), page, size, total,
						(total + size - 1) / size);
			})
			.one()
			.orElseThrow();
	}

	EntityDetail detail(EntityId id) {
		Map<String, Object> params = Map.of("name", id.name());
		Value node = this.neo4j.query(NODE.formatted(id.label()))
			.bindAll(params)
			.fetchAs(Value.class)
			.mappedBy((types, row) -> row.get("properties"))
			.one()
			.orElseThrow(() -> new ResourceNotFoundException("There is no entity '%s'.".formatted(id)));
		Map<String, Object> properties = new HashMap<>(node.asMap());
		List<String> aliases = node.get("aliases").asList(Value::asString, List.of());
		properties.keySet().removeAll(List.of("name", "aliases", "aliasText"));
		return new EntityDetail(id.toString(), id.label(), id.name(), aliases, properties, documents(id, params),
				relationships(id, params), measures(id, params));
	}

	private List<DocumentMention> documents(EntityId id, Map<String, Object> params) {
		return List.copyOf(this.neo4j.query(DOCUMENTS.formatted(id.label()))
			.bindAll(params)
			.fetchAs(DocumentMention.class)
			.mappedBy((types, row) -> new DocumentMention(row.get("id").asString(), row.get("title").asString(null),
					row.get("count").asLong(), row.get("aliases").asList(Value::asString)))
			.all());
	}

	private List<Connection> relationships(EntityId id, Map<String, Object> params) {
		return List.copyOf(this.neo4j.query(RELATIONSHIPS.formatted(id.label()))
			.bindAll(params)
			.fetchAs(Connection.class)
			.mappedBy((types, row) -> new Connection(row.get("type").asString(), row.get("direction").asString(),
					NodeRef.of(row.get("other")), row.get("evidence").asList(Citation::of)))
			.all());
	}

	private List<MeasureItem> measures(EntityId id, Map<String, Object> params) {
		return List.copyOf(this.neo4j.query(MEASURES.formatted(id.label()))
			.bindAll(params)
			.fetchAs(MeasureItem.class)
			.mappedBy((types, row) -> MeasureItem.of(row.get("measure")))
			.all());
	}

}

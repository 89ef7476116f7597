package org.policygraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.policygraph.query.DocumentDetail.MentionedEntity;
import org.policygraph.query.DocumentDetail.StatedRelation;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists the loaded documents and shows one with the entities, relationships and measures extracted from it. */
@Service
@Transactional(readOnly = true)
class DocumentCatalogue {

	private static final String SUMMARIES = """
			MATCH (d:Document)
			WHERE $id IS NULL OR d.id = $id
			RETURN d.id AS id, d.title AS title, d.agency AS agency, d.docNumber AS docNumber,
				toString(d.date) AS date, d.suggestionNo AS suggestionNo, d.delegate AS delegate, d.session AS session,
				toString(d.importedAt) AS importedAt,
				COUNT { (d)-[:MENTIONS]->() } AS entities,
				COUNT { MATCH (d)-[:MENTIONS]->()-[r]->(:Entity) WHERE r.documentId = d.id RETURN r } AS relations,
				COUNT { (:Measure)-[:STATED_IN]->(d) } AS measures
			ORDER BY id
			""";

	private static final String ENTITIES = """
			MATCH (:Document {id: $id})-[m:MENTIONS]->(e)
			RETURN {type: [l IN labels(e) WHERE l <> 'Entity'][0], name: e.name} AS entity,
				coalesce(m.aliases, []) AS aliases, coalesce(m.count, 0) AS mentions
			ORDER BY entity.type, entity.name
			""";

	private static final String RELATIONS = """
			MATCH (:Document {id: $id})-[:MENTIONS]->(a)-[r]->(b:Entity)
			WHERE r.documentId = $id
			RETURN type(r) AS type,
				{type: [l IN labels(a) WHERE l <> 'Entity'][0], name: a.name} AS source,
				{type: [l IN labels(b) WHERE l <> 'Entity'][0], name: b.name} AS target,
				{documentId: r.documentId, sentence: r.sentence} AS evidence
			ORDER BY r.start, type, source.name, target.name
			""";

	private static final String MEASURES = """
			MATCH (m:Measure)-[:STATED_IN]->(:Document {id: $id})
			RETURN {id: m.id, instrument: m.instrument, amountYuan: m.amountYuan, ratePercent: m.ratePercent,
				targets: [(m)-[:FOR]->(e) | {type: [l IN labels(e) WHERE l <> 'Entity'][0], name: e.name}],
				evidence: {documentId: m.documentId, sentence: m.sentence}} AS measure
			ORDER BY m.start, m.id
			""";

	private final Neo4jClient neo4j;

	DocumentCatalogue(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<DocumentSummary> documents() {
		return summaries(null);
	}

	DocumentDetail document(String id) {
		DocumentSummary summary = summaries(id).stream()
			.findFirst()
			.orElseThrow(() -> new ResourceNotFoundException("There is no document '%s'.".formatted(id)));
		Map<String, Object> params = Map.of("id", id);
		return new DocumentDetail(summary, entities(params), relations(params), measures(params));
	}

	private List<MentionedEntity> entities(Map<String, Object> params) {
		return List.copyOf(this.neo4j.query(ENTITIES)
			.bindAll(params)
			.fetchAs(MentionedEntity.class)
			.mappedBy((types, row) -> {
				NodeRef entity = NodeRef.of(row.get("entity"));
				return new MentionedEntity(entity.id(), entity.type(), entity.name(),
						row.get("aliases").asList(Value::asString), row.get("mentions").asLong());
			})
			.all());
	}

	private List<StatedRelation> relations(Map<String, Object> params) {
		return List.copyOf(this.neo4j.query(RELATIONS)
			.bindAll(params)
			.fetchAs(StatedRelation.class)
			.mappedBy((types, row) -> new StatedRelation(row.get("type").asString(), NodeRef.of(row.get("source")),
					NodeRef.of(row.get("target")), Citation.of(row.get("evidence"))))
			.all());
	}

	private List<MeasureItem> measures(Map<String, Object> params) {
		return List.copyOf(this.neo4j.query(MEASURES)
			.bindAll(params)
			.fetchAs(MeasureItem.class)
			.mappedBy((types, row) -> MeasureItem.of(row.get("measure")))
			.all());
	}

	private List<DocumentSummary> summaries(String id) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		return List.copyOf(this.neo4j.query(SUMMARIES)
			.bindAll(params)
			.fetchAs(DocumentSummary.class)
			.mappedBy((types, row) -> summary(row))
			.all());
	}

	private static DocumentSummary summary(Record row) {
		return new DocumentSummary(row.get("id").asString(), row.get("title").asString(null),
				row.get("agency").asString(null), row.get("docNumber").asString(null), row.get("date").asString(null),
				row.get("suggestionNo").computeOrDefault(Value::asInt, null), row.get("delegate").asString(null),
				row.get("session").asString(null), row.get("importedAt").asString(null), row.get("entities").asLong(),
				row.get("relations").asLong(), row.get("measures").asLong());
	}

}

package org.policygraph.query;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.RelationType;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers what the graph says about each industry: the measures that reach it and the programmes, parks, enterprises
 * and talent schemes linked to it, each with its evidence.
 */
@Service
@Transactional(readOnly = true)
public class IndustryCatalogue {

	/** The relationships through which a measure FOR a programme, talent scheme or park reaches an industry. */
	public static final String MEASURE_LINKS = "TARGETS|SUPPORTS|FOCUSES_ON";

	/**
	 * Which measures count for an industry, as a Cypher pattern with its {@code WHERE}: a measure {@code m} reaches an
	 * industry {@code i} when it is FOR the industry itself ({@code via = i}), or FOR a programme that TARGETS it, a
	 * talent scheme that SUPPORTS it or a park that FOCUSES_ON it. Every read of "the measures of an industry" matches
	 * this one pattern.
	 */
	public static final String MEASURE_REACHES_INDUSTRY = "(m:Measure)-[:FOR]->(via)-[:" + MEASURE_LINKS
			+ "]->{0,1}(i:Industry) WHERE (via = i OR via:Programme OR via:TalentScheme OR via:Park)";

	/** The kinds of entity an industry lists, each with the one relationship type that links it. */
	public enum Link {

		PROGRAMMES(EntityType.PROGRAMME, RelationType.TARGETS),
		PARKS(EntityType.PARK, RelationType.FOCUSES_ON),
		ENTERPRISES(EntityType.ENTERPRISE, RelationType.IN_INDUSTRY),
		TALENT_SCHEMES(EntityType.TALENT_SCHEME, RelationType.SUPPORTS);

		private final EntityType source;

		private final RelationType relation;

		Link(EntityType source, RelationType relation) {
			this.source = source;
			this.relation = relation;
		}

	}

	private static final String OVERVIEW = """
			MATCH (i:Industry)
			RETURN i.name AS name, coalesce(i.aliases, []) AS aliases,
				COUNT { MATCH %s RETURN DISTINCT m } AS measures,
				COUNT { MATCH (p:Programme)-[:TARGETS]->(i) RETURN DISTINCT p } AS programmes,
				COUNT { MATCH (p:Park)-[:FOCUSES_ON]->(i) RETURN DISTINCT p } AS parks,
				COUNT { MATCH (e:Enterprise)-[:IN_INDUSTRY]->(i) RETURN DISTINCT e } AS enterprises,
				COUNT { MATCH (t:TalentScheme)-[:SUPPORTS]->(i) RETURN DISTINCT t } AS talentSchemes
			ORDER BY name
			""".formatted(MEASURE_REACHES_INDUSTRY);

	private static final String CANONICAL_NAME = """
			MATCH (i:Industry)
			WHERE i.name = $name OR $name IN coalesce(i.aliases, [])
			RETURN i.name AS name
			ORDER BY i.name = $name DESC, name
			LIMIT 1
			""";

	private static final String MEASURES = """
			MATCH (i:Industry {name: $name})
			MATCH %s
			WITH m, i, collect(via) AS vias
			RETURN m.id AS id, m.instrument AS instrument, m.amountYuan AS amountYuan, m.ratePercent AS ratePercent,
				any(node IN vias WHERE node = i) AS direct,
				[node IN vias WHERE node <> i | 'Programme:' + node.name] AS via,
				{documentId: m.documentId, sentence: m.sentence} AS evidence
			ORDER BY m.documentId, m.start, m.id
			""".formatted(MEASURE_REACHES_INDUSTRY);

	/** Formatted with a label and a relationship type taken from {@link Link}, never from input. */
	private static final String LINKED = """
			MATCH (e:%s)-[r:%s]->(:Industry {name: $name})
			WITH e, r ORDER BY r.documentId, r.start
			WITH e, collect({documentId: r.documentId, sentence: r.sentence}) AS evidence
			RETURN e.name AS name, coalesce(e.aliases, []) AS aliases, evidence
			ORDER BY name
			""";

	private final Neo4jClient neo4j;

	IndustryCatalogue(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public List<IndustryOverview> overview() {
		return List.copyOf(this.neo4j.query(OVERVIEW)
			.fetchAs(IndustryOverview.class)
			.mappedBy((types, row) -> new IndustryOverview(row.get("name").asString(),
					row.get("aliases").asList(Value::asString), row.get("measures").asLong(),
					row.get("programmes").asLong(), row.get("parks").asLong(), row.get("enterprises").asLong(),
					row.get("talentSchemes").asLong()))
			.all());
	}

	/** The measures that reach an industry given by name or alias; 404 when there is no such industry. */
	public List<IndustryMeasure> measures(String industry) {
		return List.copyOf(this.neo4j.query(MEASURES)
			.bindAll(Map.of("name", canonicalName(industry)))
			.fetchAs(IndustryMeasure.class)
			.mappedBy((types, row) -> new IndustryMeasure(row.get("id").asString(),
					row.get("instrument").asString(null), MeasureItem.amount(row.get("amountYuan")),
					MeasureItem.rate(row.get("ratePercent")), row.get("direct").asBoolean(),
					row.get("via").asList(Value::asString), Citation.of(row.get("evidence"))))
			.all());
	}

	/** The entities of one kind linked to an industry given by name or alias; 404 when there is none. */
	public List<LinkedEntity> linked(String industry, Link link) {
		String label = link.source.label();
		return List.copyOf(this.neo4j.query(LINKED.formatted(label, link.relation.name()))
			.bindAll(Map.of("name", canonicalName(industry)))
			.fetchAs(LinkedEntity.class)
			.mappedBy((types, row) -> new LinkedEntity(label + ":" + row.get("name").asString(), label,
					row.get("name").asString(), row.get("aliases").asList(Value::asString),
					row.get("evidence").asList(Citation::of)))
			.all());
	}

	/** The canonical name of an industry given its name or one of its aliases; 404 when there is none. */
	public String canonicalName(String industry) {
		return this.neo4j.query(CANONICAL_NAME)
			.bindAll(Map.of("name", industry))
			.fetchAs(String.class)
			.one()
			.orElseThrow(() -> new ResourceNotFoundException("There is no industry named '%s'.".formatted(industry)));
	}

}

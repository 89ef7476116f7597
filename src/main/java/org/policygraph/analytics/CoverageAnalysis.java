package org.policygraph.analytics;

import org.neo4j.driver.Value;
import org.policygraph.query.IndustryCatalogue;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the measures of the graph along two dimensions into a coverage matrix. */
@Service
@Transactional(readOnly = true)
class CoverageAnalysis {

	private static final String FACETS = """
			MATCH (d:Document)
			%s
			WITH d, region, d.agency AS agency, %s AS year
			WHERE ($region IS NULL OR region = $region) AND ($agency IS NULL OR agency = $agency)
				AND ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)
			MATCH (m:Measure)-[:STATED_IN]->(d)
			RETURN m.id AS id, m.amountYuan AS amountYuan, m.instrument AS instrument, region, year, agency,
				COLLECT { MATCH %s RETURN DISTINCT i.name AS name ORDER BY name } AS industries
			ORDER BY id
			""".formatted(DocumentFacets.REGION, DocumentFacets.YEAR, IndustryCatalogue.MEASURE_REACHES_INDUSTRY);

	private final Neo4jClient neo4j;

	CoverageAnalysis(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Coverage coverage(Dimension rows, Dimension cols, CoverageFilter filter) {
		CoverageTally tally = new CoverageTally(rows, cols, filter.unassigned());
		this.neo4j.query(FACETS)
			.bindAll(filter.parameters())
			.fetchAs(MeasureFacets.class)
			.mappedBy((types, row) -> new MeasureFacets(row.get("id").asString(), amount(row.get("amountYuan")),
					row.get("industries").asList(Value::asString), row.get("instrument").asString(null),
					row.get("region").asString(null), row.get("year").computeOrDefault(Value::asInt, null),
					row.get("agency").asString(null)))
			.all()
			.forEach(tally::add);
		return tally.coverage();
	}

	private static Long amount(Value value) {
		return value.isNull() ? null : value.asNumber().longValue();
	}

}

package org.policygraph.analytics;

import java.util.List;

import org.neo4j.driver.Value;
import org.policygraph.analytics.Gaps.SingleInstrument;
import org.policygraph.analytics.Gaps.TargetedIndustry;
import org.policygraph.analytics.Gaps.UnlinkedTalentScheme;
import org.policygraph.query.IndustryCatalogue;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the gaps of the policy graph: targets without money, one-instrument industries, schemes without focus. */
@Service
@Transactional(readOnly = true)
class GapFinder {

	private static final String TARGETED_WITHOUT_MEASURES = """
			MATCH (p:Programme)-[t:TARGETS]->(i:Industry)
			WHERE NOT EXISTS { MATCH %s WITH m WHERE m.amountYuan IS NOT NULL OR m.ratePercent IS NOT NULL }
			WITH i, p, t ORDER BY p.name
			WITH i, collect(DISTINCT 'Programme:' + p.name) AS programmes, collect(DISTINCT t.documentId) AS ids
			RETURN i.name AS name, programmes, %s AS documents
			ORDER BY name
			""".formatted(IndustryCatalogue.MEASURE_REACHES_INDUSTRY, DocumentFacets.documents("ids"));

	private static final String SINGLE_INSTRUMENT = """
			MATCH %s
			WITH i, count(DISTINCT m) AS measures, collect(DISTINCT m.instrument) AS instruments,
				collect(DISTINCT m.documentId) AS ids
			WHERE size(instruments) = 1
			RETURN i.name AS name, instruments[0] AS instrument, measures, %s AS documents
			ORDER BY name
			""".formatted(IndustryCatalogue.MEASURE_REACHES_INDUSTRY, DocumentFacets.documents("ids"));

	private static final String TALENT_SCHEMES_WITHOUT_INDUSTRY = """
			MATCH (t:TalentScheme)
			WHERE NOT (t)-[:SUPPORTS]->(:Industry)
			WITH t, [(d:Document)-[:MENTIONS]->(t) | d.id] AS ids
			RETURN t.name AS name, %s AS documents
			ORDER BY name
			""".formatted(DocumentFacets.documents("ids"));

	private final Neo4jClient neo4j;

	GapFinder(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Gaps gaps() {
		return new Gaps(targetedWithoutMeasures(), singleInstrument(), talentSchemesWithoutIndustry());
	}

	private List<TargetedIndustry> targetedWithoutMeasures() {
		return List.copyOf(this.neo4j.query(TARGETED_WITHOUT_MEASURES)
			.fetchAs(TargetedIndustry.class)
			.mappedBy((types, row) -> new TargetedIndustry("Industry:" + row.get("name").asString(),
					row.get("name").asString(), row.get("programmes").asList(Value::asString),
					row.get("documents").asList(DocumentRef::of)))
			.all());
	}

	private List<SingleInstrument> singleInstrument() {
		return List.copyOf(this.neo4j.query(SINGLE_INSTRUMENT)
			.fetchAs(SingleInstrument.class)
			.mappedBy((types, row) -> new SingleInstrument("Industry:" + row.get("name").asString(),
					row.get("name").asString(), row.get("instrument").asString(null), row.get("measures").asLong(),
					row.get("documents").asList(DocumentRef::of)))
			.all());
	}

	private List<UnlinkedTalentScheme> talentSchemesWithoutIndustry() {
		return List.copyOf(this.neo4j.query(TALENT_SCHEMES_WITHOUT_INDUSTRY)
			.fetchAs(UnlinkedTalentScheme.class)
			.mappedBy((types, row) -> new UnlinkedTalentScheme("TalentScheme:" + row.get("name").asString(),
					row.get("name").asString(), row.get("documents").asList(DocumentRef::of)))
			.all());
	}

}

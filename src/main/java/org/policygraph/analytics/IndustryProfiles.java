package org.policygraph.analytics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Value;
import org.policygraph.query.IndustryCatalogue;
import org.policygraph.query.IndustryCatalogue.Link;
import org.policygraph.query.IndustryMeasure;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts together the profile of one industry from the industry catalogue and the documents behind it. */
@Service
@Transactional(readOnly = true)
class IndustryProfiles {

	private static final String BACKGROUND = """
			MATCH (i:Industry {name: $name})
			WITH i, [(d:Document)-[:MENTIONS]->(i) | d.id] + COLLECT { MATCH %s RETURN m.documentId } AS ids
			RETURN coalesce(i.aliases, []) AS aliases, %s AS documents
			""".formatted(IndustryCatalogue.MEASURE_REACHES_INDUSTRY, DocumentFacets.documents("ids"));

	private final IndustryCatalogue industries;

	private final Neo4jClient neo4j;

	IndustryProfiles(IndustryCatalogue industries, Neo4jClient neo4j) {
		this.industries = industries;
		this.neo4j = neo4j;
	}

	/** The profile of an industry given by name or alias; 404 when there is no such industry. */
	IndustryProfile profile(String industry) {
		String name = this.industries.canonicalName(industry);
		Background background = background(name);
		List<Integer> years = background.documents().stream().map(DocumentRef::year).filter(Objects::nonNull).toList();
		List<IndustryMeasure> measures = this.industries.measures(name);
		return new IndustryProfile("Industry:" + name, name, background.aliases(),
				years.stream().min(Comparator.naturalOrder()).orElse(null),
				years.stream().max(Comparator.naturalOrder()).orElse(null), MeasureSummary.of(measures), measures,
				this.industries.linked(name, Link.PROGRAMMES), this.industries.linked(name, Link.PARKS),
				this.industries.linked(name, Link.ENTERPRISES), this.industries.linked(name, Link.TALENT_SCHEMES),
				background.documents());
	}

	private Background background(String name) {
		return this.neo4j.query(BACKGROUND)
			.bindAll(Map.of("name", name))
			.fetchAs(Background.class)
			.mappedBy((types, row) -> new Background(row.get("aliases").asList(Value::asString),
					row.get("documents").asList(DocumentRef::of)))
			.one()
			.orElseThrow();
	}

	/** The aliases of an industry and the documents behind its profile. */
	private record Background(List<String> aliases, List<DocumentRef> documents) {
	}

}

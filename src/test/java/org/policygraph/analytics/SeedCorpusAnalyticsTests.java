package org.policygraph.analytics;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.policygraph.SeedCorpusEndpointTests;
import org.policygraph.document.DocumentReader;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.extraction.PolicyExtractor;

/**
 * Endpoint tests that start each test from the five seed documents of {@code import/}, loaded through the real
 * pipeline; a test may add one of the development documents the same way.
 */
abstract class SeedCorpusAnalyticsTests extends SeedCorpusEndpointTests {

	static final String DOC_0 = "000_d731860091b711b0";

	static final String DOC_1 = "001_e4f206c805cd707a";

	static final String DOC_2 = "002_1b8816aee7743809";

	static final String DOC_3 = "003_ed207588630f82fd";

	/** A county reply whose three talent subsidies (补贴) are for 有机硅新材料 itself. */
	static final String COUNTY_REPLY = "x10_county_reply";

	/** A city plan with a fund (基金) for three industries, one of them targeted by a seed programme. */
	static final String TIERED_PLAN = "x04_tiered_subsidy_plan";

	private static final Path EXTRA_DOCUMENTS = Path.of("src/test/resources/extra/docs");

	private static final Map<String, ExtractedDocument> extracted = new ConcurrentHashMap<>();

	/** Extracts a development document with the real pipeline (once per JVM) and loads it next to the seeds. */
	void loadDevelopmentDocument(String id) {
		this.loader.load(extracted.computeIfAbsent(id, (key) -> new PolicyExtractor()
			.extract(new DocumentReader().read(EXTRA_DOCUMENTS.resolve(key + ".txt")))));
	}

	/** A number the graph itself answers, to compare an endpoint with. */
	long graphCount(String cypher) {
		return graphCount(cypher, Map.of());
	}

	long graphCount(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0).get(0).asLong();
	}

}

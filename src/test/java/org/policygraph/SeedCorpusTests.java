package org.policygraph;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.graph.GraphLoader;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PolicyGraphIntegrationTest
class SeedCorpusTests {

	@Autowired
	Driver driver;

	@Autowired
	GraphLoader loader;

	@Test
	void loadsEverySeedDocumentWithItsFacts() {
		SeedCorpus.load(this.driver, this.loader);
		var counts = this.driver.executableQuery("""
				MATCH (d:Document) WITH count(d) AS documents
				MATCH (m:Measure) WITH documents, count(m) AS measures
				MATCH ()-[r:TARGETS|FOCUSES_ON|LISTED_IN]->() RETURN documents, measures, count(r) AS relations""")
			.execute()
			.records()
			.get(0);
		assertThat(counts.get("documents").asInt()).isEqualTo(5);
		assertThat(counts.get("measures").asInt()).isPositive();
		assertThat(counts.get("relations").asInt()).isPositive();
	}

}

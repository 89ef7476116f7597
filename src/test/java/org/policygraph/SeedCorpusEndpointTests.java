package org.policygraph;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.policygraph.graph.GraphLoader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Endpoint tests that start each test from the five seed documents of {@code import/}, see {@link SeedCorpus}. */
@PolicyGraphIntegrationTest
public abstract class SeedCorpusEndpointTests {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Driver driver;

	@Autowired
	protected GraphLoader loader;

	@BeforeEach
	void loadSeedCorpus() {
		SeedCorpus.load(this.driver, this.loader);
	}

}

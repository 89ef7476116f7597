package org.policygraph.query;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.policygraph.PolicyGraphIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Endpoint tests that start each test from the two seed documents of {@link SeedGraph}. */
@PolicyGraphIntegrationTest
abstract class SeededGraphTests {

	static final String DOC_0 = "000_d731860091b711b0";

	static final String DOC_1 = "001_e4f206c805cd707a";

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@BeforeEach
	void seed() {
		SeedGraph.load(this.driver);
	}

}

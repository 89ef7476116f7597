package org.policygraph.query;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.PolicyGraphIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PolicyGraphIntegrationTest
class StatsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Test
	void countsNodesPerLabelAndRelationshipsPerType() throws Exception {
		SeedGraph.load(this.driver);
		this.mvc.perform(get("/api/stats"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documents").value(2))
			.andExpect(jsonPath("$.nodes.Document").value(2))
			.andExpect(jsonPath("$.nodes.Measure").value(3))
			.andExpect(jsonPath("$.nodes.Entity").value(11))
			.andExpect(jsonPath("$.nodes.Industry").value(3))
			.andExpect(jsonPath("$.nodes.Programme").value(3))
			.andExpect(jsonPath("$.nodes.Agency").value(0))
			.andExpect(jsonPath("$.relationships.MENTIONS").value(13))
			.andExpect(jsonPath("$.relationships.TARGETS").value(3))
			.andExpect(jsonPath("$.relationships.IN_INDUSTRY").value(2))
			.andExpect(jsonPath("$.relationships.FOR").value(3))
			.andExpect(jsonPath("$.relationships.STATED_IN").value(3))
			.andExpect(jsonPath("$.relationships.PARTNERS_WITH").value(1));
	}

	@Test
	void reportsZeroesForAnEmptyGraph() throws Exception {
		this.driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		this.mvc.perform(get("/api/stats"))
			.andExpect(jsonPath("$.documents").value(0))
			.andExpect(jsonPath("$.nodes.Industry").value(0))
			.andExpect(jsonPath("$.relationships.TARGETS").value(0));
	}

}

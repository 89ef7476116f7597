package org.policygraph.cypher;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.policygraph.PolicyGraphIntegrationTest;
import org.policygraph.SeedCorpus;
import org.policygraph.graph.GraphLoader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.policygraph.cypher.CypherRequests.RESULTS_KEY;
import static org.policygraph.cypher.CypherRequests.cypher;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a researcher gets back from read-only Cypher on the seed corpus in the real embedded Neo4j. */
@PolicyGraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CypherEndpointTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Autowired
	GraphLoader loader;

	@BeforeAll
	void seed() {
		SeedCorpus.load(this.driver, this.loader);
	}

	@Test
	void answersColumnsAndRowsWithParameters() throws Exception {
		this.mvc
			.perform(cypher(RESULTS_KEY, """
					MATCH (i:Industry) WHERE i.name IN $names
					RETURN i.name AS industry, count { (i)<--() } > 0 AS linked ORDER BY industry""",
					Map.of("names", java.util.List.of("家电", "轴承", "不存在的产业"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns[0]").value("industry"))
			.andExpect(jsonPath("$.columns[1]").value("linked"))
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0][0]").value("家电"))
			.andExpect(jsonPath("$.rows[1][0]").value("轴承"))
			.andExpect(jsonPath("$.rows[0][1]").value(true))
			.andExpect(jsonPath("$.truncated").value(false))
			.andExpect(jsonPath("$.elapsedMs").isNumber());
	}

	@Test
	void mapsNodesRelationshipsAndPaths() throws Exception {
		this.mvc.perform(cypher(RESULTS_KEY, """
				MATCH p = (d:Document)-[r:MENTIONS]->(i:Industry) WHERE d.date IS NOT NULL
				RETURN d, r, p, d.date AS date ORDER BY d.id, i.name LIMIT 1"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0][0].labels", hasItem("Document")))
			.andExpect(jsonPath("$.rows[0][0].elementId").isString())
			.andExpect(jsonPath("$.rows[0][0].properties.id", matchesPattern("00\\d_[0-9a-f]{16}")))
			.andExpect(jsonPath("$.rows[0][0].properties.importedAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T.+")))
			.andExpect(jsonPath("$.rows[0][1].type").value("MENTIONS"))
			.andExpect(jsonPath("$.rows[0][1].startElementId").isString())
			.andExpect(jsonPath("$.rows[0][1].properties.count").isNumber())
			.andExpect(jsonPath("$.rows[0][2].nodes", hasSize(2)))
			.andExpect(jsonPath("$.rows[0][2].nodes[1].labels", hasItem("Industry")))
			.andExpect(jsonPath("$.rows[0][2].relationships[0].type").value("MENTIONS"))
			.andExpect(jsonPath("$.rows[0][3]", matchesPattern("\\d{4}-\\d{2}-\\d{2}")));
	}

	@Test
	void writesTemporalValuesAsIsoStrings() throws Exception {
		this.mvc.perform(cypher(RESULTS_KEY, """
				RETURN date('2024-05-01') AS d, datetime('2024-05-01T08:30:00+08:00') AS dt,
				localtime('09:15') AS t, duration('P1DT2H') AS du, point({x: 1, y: 2}) AS pt,
				date.truncate('month', date('2024-05-17')) AS month, [1, 'a', null] AS list, {a: 1.5} AS map"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0][0]").value("2024-05-01"))
			.andExpect(jsonPath("$.rows[0][1]").value("2024-05-01T08:30+08:00"))
			.andExpect(jsonPath("$.rows[0][2]").value("09:15"))
			.andExpect(jsonPath("$.rows[0][3]").value("P0M1DT7200S"))
			.andExpect(jsonPath("$.rows[0][4].x").value(1.0))
			.andExpect(jsonPath("$.rows[0][4].srid").value(7203))
			.andExpect(jsonPath("$.rows[0][5]").value("2024-05-01"))
			.andExpect(jsonPath("$.rows[0][6][1]").value("a"))
			.andExpect(jsonPath("$.rows[0][7].a").value(1.5));
	}

	@Test
	void capsRowsAndSaysTheAnswerIsTruncated() throws Exception {
		this.mvc.perform(cypher(RESULTS_KEY, "UNWIND range(1, 1500) AS x RETURN x"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(1000)))
			.andExpect(jsonPath("$.rows[999][0]").value(1000))
			.andExpect(jsonPath("$.truncated").value(true));
		this.mvc.perform(cypher(RESULTS_KEY, "UNWIND range(1, 1000) AS x RETURN x"))
			.andExpect(jsonPath("$.rows", hasSize(1000)))
			.andExpect(jsonPath("$.truncated").value(false));
	}

	@Test
	void stopsPullingRowsAtTheCapInsteadOfMaterialisingThemAll() throws Exception {
		// a billion rows could not be produced within the 2 s timeout; streaming stops after the cap
		this.mvc.perform(cypher(RESULTS_KEY, "UNWIND range(1, 1000000000) AS x RETURN x, toString(x) AS s"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(1000)))
			.andExpect(jsonPath("$.truncated").value(true));
	}

	@Test
	void allowsSchemaAndFullTextProcedures() throws Exception {
		this.mvc.perform(cypher(RESULTS_KEY, "CALL db.labels() YIELD label RETURN label"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*][0]", hasItem("Industry")));
		this.mvc.perform(cypher(RESULTS_KEY, "CALL db.schema.visualization()"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns", hasItem("nodes")));
		this.mvc
			.perform(cypher(RESULTS_KEY, """
					CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
					RETURN node.name AS name, score""", Map.of("q", "家电")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*][0]", hasItem("家电")));
		this.mvc.perform(cypher(RESULTS_KEY, "SHOW INDEXES YIELD name RETURN name"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*][0]", hasItem("entity_names")));
	}

	@Test
	void reportsSyntaxErrorsWithPositionsInTheCallersText() throws Exception {
		this.mvc.perform(cypher(RESULTS_KEY, "MATCH (n RETURN n"))
			.andExpect(CypherProblems.problem(400, "invalid-query"))
			.andExpect(jsonPath("$.detail").value(containsString("(line 1, column 10 (offset: 9))")))
			.andExpect(jsonPath("$.detail").value(not(containsString("EXPLAIN"))));
	}

	@Test
	void reportsErrorsWhileRunning() throws Exception {
		this.mvc.perform(cypher(RESULTS_KEY, "UNWIND [1, 0] AS z RETURN 10 / z AS q"))
			.andExpect(CypherProblems.problem(400, "query-failed"))
			.andExpect(jsonPath("$.detail").value(containsString("/ by zero")));
	}

	@Test
	void returnsEmptyRowsForAQueryWithoutMatches() throws Exception {
		this.mvc.perform(cypher(RESULTS_KEY, "MATCH (i:Industry {name: 'no such industry'}) RETURN i"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns[0]").value("i"))
			.andExpect(jsonPath("$.rows").isEmpty())
			.andExpect(jsonPath("$.rows", everyItem(not(hasSize(0)))));
	}

}

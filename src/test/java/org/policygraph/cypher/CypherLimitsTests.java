package org.policygraph.cypher;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.policygraph.PolicyGraphIntegrationTest;
import org.policygraph.SeedCorpus;
import org.policygraph.graph.GraphLoader;
import org.policygraph.graph.TargetDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.policygraph.cypher.CypherProblems.problem;
import static org.policygraph.cypher.CypherRequests.LIMITS_KEY;
import static org.policygraph.cypher.CypherRequests.cypher;
import static org.policygraph.cypher.CypherRequests.raw;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Runaway queries are stopped at the test profile's 2 s timeout or memory limit; bad requests are refused clearly. */
@PolicyGraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CypherLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Autowired
	TargetDatabase database;

	@Autowired
	GraphLoader loader;

	@BeforeAll
	void seed() {
		SeedCorpus.load(this.driver, this.loader);
	}

	@ParameterizedTest
	@ValueSource(strings = { "MATCH (a), (b), (c), (d) WHERE a.name < b.name AND c.name < d.name RETURN count(*)",
			"MATCH p = (a)-[*]-(b) RETURN count(p)" })
	void stopsARunawayQueryAtTheTimeout(String runaway) throws Exception {
		long started = System.nanoTime();
		this.mvc.perform(cypher(LIMITS_KEY, runaway))
			.andExpect(problem(422, "query-timeout"))
			.andExpect(jsonPath("$.detail").value(containsString("policygraph.cypher.timeout")));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
		this.mvc.perform(cypher(LIMITS_KEY, "MATCH (i:Industry) RETURN count(i) AS industries"))
			.andExpect(status().isOk());
	}

	@Test
	void answersInTimeWhenNeo4jPlansForLongerThanTheTimeout() {
		// Neo4j's compiler does not check the transaction timeout in every phase: planning this chain of + takes about
		// two seconds here, twenty times the timeout of this endpoint, which must answer after the timeout and its grace
		ReadOnlyCypher impatient = new ReadOnlyCypher(this.driver,
				new CypherProperties(Duration.ofMillis(100), 1000, 10_000, DataSize.ofKilobytes(64), 60, 1), this.database);
		// over a cartesian product, so that running it would outlast the timeout too on a machine that plans faster
		String slowToPlan = "MATCH (a), (b), (c) RETURN " + "a.name + ' ' + ".repeat(120) + "b.name AS chain";
		long started = System.nanoTime();
		assertThatExceptionOfType(CypherProblem.class).isThrownBy(() -> impatient.run(slowToPlan, Map.of()))
			.satisfies((problem) -> assertThat(problem.type()).isEqualTo(CypherProblemType.TIMEOUT));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
	}

	@Test
	void answersBusyWhileAllSlotsAreTaken() throws Exception {
		ReadOnlyCypher oneSlot = new ReadOnlyCypher(this.driver,
				new CypherProperties(Duration.ofSeconds(2), 1000, 10_000, DataSize.ofKilobytes(64), 60, 1), this.database);
		CompletableFuture<CypherResult> runaway = CompletableFuture.supplyAsync(() -> oneSlot.run(
				"MATCH (a), (b), (c), (d) WHERE a.name < b.name AND c.name < d.name RETURN count(*)", Map.of()));
		Thread.sleep(500);
		assertThatExceptionOfType(CypherProblem.class).isThrownBy(() -> oneSlot.run("RETURN 1", Map.of()))
			.satisfies((problem) -> assertThat(problem.type()).isEqualTo(CypherProblemType.BUSY))
			.satisfies((problem) -> assertThat(problem.retryAfterSeconds()).isEqualTo(1));
		assertThat(runaway).failsWithin(Duration.ofSeconds(15));
		assertThat(oneSlot.run("RETURN 1 AS one", Map.of()).rows()).containsExactly(java.util.List.of(1L));
	}

	@Test
	void stopsAQueryThatNeedsTooMuchMemory() throws Exception {
		this.mvc.perform(cypher(LIMITS_KEY, """
				UNWIND range(1, 4000000) AS x
				RETURN size(collect(toString(x) + ' padding padding padding padding padding')) AS n"""))
			.andExpect(problem(422, "query-memory-limit"));
	}

	@Test
	void refusesEmptyQueries() throws Exception {
		this.mvc.perform(cypher(LIMITS_KEY, "  ")).andExpect(problem(400, "invalid-query"));
		this.mvc.perform(raw(LIMITS_KEY, "{}")).andExpect(problem(400, "invalid-query"));
	}

	@Test
	void refusesOversizedQueriesAndRequests() throws Exception {
		this.mvc.perform(cypher(LIMITS_KEY, "RETURN 1 // " + "x".repeat(10_000)))
			.andExpect(problem(400, "invalid-query"))
			.andExpect(jsonPath("$.detail").value(containsString("policygraph.cypher.max-query-length")));
		String big = "{\"query\": \"RETURN 1\", \"parameters\": {\"blob\": \"" + "x".repeat(70_000) + "\"}}";
		this.mvc.perform(raw(LIMITS_KEY, big)).andExpect(problem(413, "request-too-large"));
	}

	@Test
	void refusesMalformedBodies() throws Exception {
		this.mvc.perform(raw(LIMITS_KEY, "{\"query\": ")).andExpect(problem(400, "invalid-query"));
		this.mvc.perform(raw(LIMITS_KEY, "{\"query\": \"RETURN $p\", \"parameters\": [1, 2]}"))
			.andExpect(problem(400, "invalid-query"));
		this.mvc.perform(raw(LIMITS_KEY, "[\"RETURN 1\"]")).andExpect(problem(400, "invalid-query"));
		this.mvc
			.perform(post("/api/cypher").header("X-API-Key", LIMITS_KEY)
				.contentType(MediaType.TEXT_PLAIN)
				.content("RETURN 1"))
			.andExpect(problem(415, "unsupported-media-type"));
	}

	@Test
	void refusesParameterValuesTheGraphCannotHold() throws Exception {
		this.mvc.perform(raw(LIMITS_KEY, "{\"query\": \"RETURN $n\", \"parameters\": {\"n\": 123456789012345678901234}}"))
			.andExpect(problem(400, "invalid-query"))
			.andExpect(jsonPath("$.detail").value(containsString("parameter")));
	}

}

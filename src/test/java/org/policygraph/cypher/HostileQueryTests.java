package org.policygraph.cypher;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.policygraph.PolicyGraphIntegrationTest;
import org.policygraph.SeedCorpus;
import org.policygraph.graph.GraphLoader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.policygraph.cypher.CypherProblems.problem;
import static org.policygraph.cypher.CypherRequests.HOSTILE_KEY;
import static org.policygraph.cypher.CypherRequests.cypher;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Queries that try to change the graph or reach outside it, each of which the endpoint must refuse with the graph,
 * its schema and a canary HTTP server on 127.0.0.1 untouched; run on the seed corpus in the real embedded Neo4j.
 */
@PolicyGraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileQueryTests {

	private static final String REFUSED = "query-refused";

	private static final String INVALID = "invalid-query";

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Autowired
	GraphLoader loader;

	private CanaryServer canary;

	private GraphSnapshot seeded;

	@BeforeAll
	void seed() {
		SeedCorpus.load(this.driver, this.loader);
		this.seeded = GraphSnapshot.of(this.driver);
		this.canary = new CanaryServer();
	}

	@AfterAll
	void stopCanary() {
		this.canary.close();
	}

	static Stream<Arguments> hostileQueries() {
		return Stream.of(
				hostile("create", "CREATE (:Industry {name: '恶意产业'})", REFUSED, "write-only"),
				hostile("merge", "MERGE (i:Industry {name: '恶意产业'}) RETURN i", REFUSED, "read-write"),
				hostile("set", "MATCH (i:Industry) SET i.name = 'x' RETURN i", REFUSED, "read-write"),
				hostile("delete", "MATCH (m:Measure) DELETE m", REFUSED, "write-only"),
				hostile("detach delete", "MATCH (n) DETACH DELETE n", REFUSED, "write-only"),
				hostile("remove label", "MATCH (i:Industry) REMOVE i:Industry RETURN count(i)", REFUSED,
						"read-write"),
				hostile("remove property", "MATCH (m:Measure) REMOVE m.amountYuan", REFUSED, "write-only"),
				hostile("merge relationship", "MATCH (a:Industry), (b:Industry) MERGE (a)-[:PARTNERS_WITH]->(b)",
						REFUSED, "write-only"),
				hostile("foreach", "FOREACH (x IN range(1, 3) | CREATE (:Industry {name: toString(x)}))", REFUSED,
						"write-only"),
				hostile("write subquery", "MATCH (n) CALL { WITH n SET n.hacked = true } RETURN count(*)", REFUSED,
						"read-write"),
				hostile("call in transactions", "CALL { CREATE (:Industry {name: 'x'}) } IN TRANSACTIONS", REFUSED,
						"IN TRANSACTIONS"),
				hostile("read-only call in transactions",
						"MATCH (n) CALL { WITH n RETURN n.name AS name } IN TRANSACTIONS RETURN name", REFUSED,
						"IN TRANSACTIONS"),
				hostile("create index", "CREATE INDEX hostile FOR (n:Industry) ON (n.code)", REFUSED, "schema"),
				hostile("create constraint",
						"CREATE CONSTRAINT hostile FOR (n:Industry) REQUIRE n.code IS UNIQUE", REFUSED, "schema"),
				hostile("drop index", "DROP INDEX entity_names", REFUSED, "schema"),
				hostile("drop constraint", "DROP CONSTRAINT industry_name", REFUSED, "schema"),
				hostile("create user", "CREATE USER mallory SET PASSWORD 'correct horse battery'", REFUSED,
						"administration"),
				hostile("alter current user", "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'bbbbbbbbbb'", REFUSED,
						"administration"),
				hostile("show users", "SHOW USERS", REFUSED, "administration"),
				hostile("create database", "CREATE DATABASE hostile", INVALID, "CREATE DATABASE"),
				hostile("show transactions", "SHOW TRANSACTIONS", REFUSED, "ShowTransactions"),
				hostile("terminate transactions", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", REFUSED,
						"TerminateTransactions"),
				hostile("show settings", "SHOW SETTINGS", REFUSED, "ShowSettings"),
				hostile("load csv from a file", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", REFUSED,
						"LOAD CSV"),
				hostile("load csv from the canary", "LOAD CSV FROM '{canary}/a.csv' AS line RETURN line", REFUSED,
						"LOAD CSV"),
				hostile("load csv with headers from a parameter", "LOAD CSV WITH HEADERS FROM $url AS row RETURN row",
						Map.of("url", "{canary}/b.csv"), REFUSED, "LOAD CSV"),
				hostile("load csv after a read",
						"MATCH (i:Industry) WITH i LIMIT 1 LOAD CSV FROM '{canary}/c.csv' AS line RETURN i, line",
						REFUSED, "LOAD CSV"),
				hostile("load csv in a subquery",
						"CALL { LOAD CSV FROM '{canary}/d.csv' AS line RETURN line } RETURN count(line)", REFUSED,
						"LOAD CSV"),
				hostile("periodic commit", "USING PERIODIC COMMIT LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
						INVALID, "PERIODIC COMMIT"),
				hostile("apoc procedure", "CALL apoc.load.json('{canary}/e.json') YIELD value RETURN value",
						INVALID, "apoc.load.json"),
				hostile("apoc function", "RETURN apoc.text.join(['a', 'b'], ',') AS joined", INVALID,
						"apoc.text.join"),
				hostile("dbms procedure", "CALL dbms.listConfig() YIELD name, value RETURN name, value", REFUSED,
						"dbms.listConfig"),
				hostile("dbms components", "CALL dbms.components()", REFUSED, "dbms.components"),
				hostile("db write procedure", "CALL db.createLabel('Hostile')", REFUSED, "db.createLabel"),
				hostile("db cache procedure", "CALL db.clearQueryCaches()", REFUSED, "db.clearQueryCaches"),
				hostile("read-only procedure off the allow-list", "CALL db.awaitIndexes(1)", REFUSED,
						"db.awaitIndexes"),
				hostile("transaction metadata procedure", "CALL tx.setMetaData({who: 'mallory'})", REFUSED,
						"tx.setMetaData"),
				hostile("escaped procedure name", "CALL `dbms`.`listConfig`() YIELD name RETURN name", REFUSED,
						"dbms.listConfig"),
				hostile("block comment hiding a write", "/* MATCH (n) RETURN n */ CREATE (:Industry {name: 'x'})",
						REFUSED, "write-only"),
				hostile("line comment before a write", "// just reading\nMATCH (i:Industry) SET i.name = 'x' RETURN i",
						REFUSED, "read-write"),
				hostile("comment closing early", "MATCH (n) RETURN n /* */ ; CREATE (:Industry {name: 'x'})",
						INVALID, "one statement"),
				hostile("two statements", "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n", INVALID,
						"one statement"),
				hostile("full-width letters", "ＣＲＥＡＴＥ (:Industry {name: 'x'})", INVALID, "Invalid input"),
				hostile("zero-width space", "CRE\u200BATE (:Industry {name: 'x'})", INVALID, "Invalid input"),
				hostile("cyrillic letter", "MATCH (n) \u0405ET n.x = 1", INVALID, "Invalid input"),
				hostile("escaped label", "CREATE (:`Industry` {`name`: 'x'})", REFUSED, "write-only"),
				hostile("explain of a write", "EXPLAIN CREATE (:Industry {name: 'x'})", REFUSED, "write-only"),
				hostile("profile of a delete", "PROFILE MATCH (n) DETACH DELETE n", INVALID, "execution mode"),
				hostile("query options before a write", "CYPHER runtime=slotted CREATE (:Industry {name: 'x'})",
						REFUSED, "write-only"),
				hostile("function of a plugin", "RETURN graph.names() AS graphs", INVALID, "graph.names"),
				hostile("load csv after a long literal", "WITH [" + "'padding', ".repeat(300)
						+ "'end'] AS padding LOAD CSV FROM '{canary}/f.csv' AS line RETURN size(padding), line",
						REFUSED, "LOAD CSV"),
				hostile("other database", "USE system CALL dbms.showCurrentUser()", INVALID,
						"dbms.showCurrentUser"),
				hostile("statement in a parameter", "$statement", Map.of("statement", "MATCH (n) DETACH DELETE n"),
						INVALID, "Invalid input"));
	}

	private static Arguments hostile(String name, String query, String type, String reason) {
		return hostile(name, query, Map.of(), type, reason);
	}

	private static Arguments hostile(String name, String query, Map<String, String> parameters, String type,
			String reason) {
		return arguments(name, query, parameters, type, reason);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileQueries")
	void refusesHostileQueryAndLeavesGraphUntouched(String name, String query, Map<String, String> parameters,
			String type, String reason) throws Exception {
		Map<String, String> withCanary = new java.util.HashMap<>();
		parameters.forEach((key, value) -> withCanary.put(key, value.replace("{canary}", this.canary.url(""))));
		this.mvc.perform(cypher(HOSTILE_KEY, query.replace("{canary}", this.canary.url("")), withCanary))
			.andExpect(problem(400, type))
			.andExpect(jsonPath("$.detail").value(containsString(reason)));
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(this.seeded);
		assertThat(this.canary.requests()).as("requests the canary server saw").isZero();
	}

	@Test
	void keepsParameterValuesAsData() throws Exception {
		String injection = "x'}) DETACH DELETE n //";
		this.mvc
			.perform(cypher(HOSTILE_KEY, "MATCH (n:Industry) WHERE n.name = $name RETURN n.name AS name",
					Map.of("name", injection)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").isEmpty());
		this.mvc
			.perform(cypher(HOSTILE_KEY, "RETURN $text AS text", Map.of("text", "CREATE (:Industry {name: 'x'})")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0][0]").value("CREATE (:Industry {name: 'x'})"));
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(this.seeded);
	}

	@Test
	void seedCorpusIsLoaded() {
		assertThat(this.seeded.nodes()).isGreaterThan(50);
		assertThat(this.seeded.relationships()).isGreaterThan(50);
	}

}

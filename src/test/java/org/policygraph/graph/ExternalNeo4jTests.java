package org.policygraph.graph;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.policygraph.PolicyGraphApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * With {@code spring.neo4j.uri} set, the application starts no engine and does everything through the driver on
 * that server: here a second, separately started Neo4j with authentication on.
 */
class ExternalNeo4jTests {

	private static final String PASSWORD = "policygraph-external";

	@TempDir
	static Path home;

	static DatabaseManagementService server;

	static URI bolt;

	@BeforeAll
	static void startServer() {
		server = new DatabaseManagementServiceBuilder(home).setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.build();
		server.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", PASSWORD));
		int port = ((GraphDatabaseAPI) server.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		bolt = URI.create("bolt://127.0.0.1:" + port);
	}

	@AfterAll
	static void stopServer() {
		server.shutdown();
	}

	@Test
	void serverRefusesConnectionsWithoutTheCredentials() {
		try (Driver anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(anonymous::verifyConnectivity);
		}
	}

	@Test
	void applicationUsesTheConfiguredServerInsteadOfStartingAnEngine() {
		try (ConfigurableApplicationContext context = application()) {
			assertThat(context.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
			assertThat(context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
			assertThat(context.getBean(Neo4jConnectionDetails.class).getUri()).isEqualTo(bolt);
			assertThat(serverQuery("SHOW CONSTRAINTS YIELD name RETURN name")).contains("document_id",
					"industry_name");
			assertThat(serverQuery("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name"))
				.contains("entity_names");
			LoadResult result = context.getBean(GraphLoader.class).load(SeedDocuments.reply166().build());
			assertThat(result.outcome()).isEqualTo(LoadResult.Outcome.LOADED);
			assertThat(serverQuery("MATCH (:TalentScheme)-[r:SUPPORTS]->(i:Industry) RETURN i.name"))
				.containsExactly("轴承");
			assertThat(context.getBean(GraphLoader.class).counts().nodes()).isEqualTo(result.nodesCreated());
		}
	}

	private static ConfigurableApplicationContext application() {
		return new SpringApplicationBuilder(PolicyGraphApplication.class).web(WebApplicationType.NONE)
			.profiles("test")
			.properties("spring.neo4j.uri=" + bolt, "spring.neo4j.authentication.username=neo4j",
					"spring.neo4j.authentication.password=" + PASSWORD)
			.run();
	}

	/** Reads straight from the server's own API, not through the application. */
	private static List<String> serverQuery(String query) {
		GraphDatabaseService neo4j = server.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		return neo4j.executeTransactionally(query, Map.of(),
				(result) -> result.stream().map((row) -> String.valueOf(row.values().iterator().next())).toList());
	}

}

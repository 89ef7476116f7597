package org.policygraph.graph;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.policygraph.PolicyGraphApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions and queries go to the database {@code spring.data.neo4j.database} selects, else the server's default. */
class TargetDatabaseTests {

	@Test
	void withoutASelectionSessionsAndQueriesGoToTheServersDefaultDatabase() {
		TargetDatabase database = new TargetDatabase(DatabaseSelectionProvider.getDefaultSelectionProvider());
		SessionConfig session = database.session(AccessMode.READ).build();
		QueryConfig query = database.query(RoutingControl.WRITE);
		assertThat(session.database()).isEmpty();
		assertThat(session.defaultAccessMode()).isEqualTo(AccessMode.READ);
		assertThat(query.database()).isEmpty();
		assertThat(query.routing()).isEqualTo(RoutingControl.WRITE);
	}

	@Test
	void aSelectedDatabaseIsNamedInEverySessionAndQuery() {
		TargetDatabase database = new TargetDatabase(
				DatabaseSelectionProvider.createStaticDatabaseSelectionProvider("research"));
		assertThat(database.session(AccessMode.WRITE).build().database()).contains("research");
		assertThat(database.query(RoutingControl.READ).database()).contains("research");
	}

	@Test
	void embeddedEngineAcceptsOnlyItsOwnDatabase() {
		assertThatCode(() -> EmbeddedNeo4jConfiguration.requireTheEmbeddedDatabase(null)).doesNotThrowAnyException();
		assertThatCode(() -> EmbeddedNeo4jConfiguration.requireTheEmbeddedDatabase(" neo4j "))
			.doesNotThrowAnyException();
		assertThatIllegalStateException()
			.isThrownBy(() -> EmbeddedNeo4jConfiguration.requireTheEmbeddedDatabase("research"))
			.withMessage("spring.data.neo4j.database=research selects a database on an external server, but the"
					+ " embedded engine holds one database, neo4j. Unset spring.data.neo4j.database, or set"
					+ " spring.neo4j.uri to the server that holds research.");
	}

	@Test
	void applicationRefusesToStartTheEmbeddedEngineForAnotherDatabase() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(PolicyGraphApplication.class)
			.web(WebApplicationType.NONE);
		assertThatThrownBy(() -> application.run("--spring.data.neo4j.database=research",
				"--policygraph.embedded.data-dir=", "--policygraph.embedded.bolt-address=127.0.0.1:0"))
			.rootCause()
			.hasMessageStartingWith("spring.data.neo4j.database=research selects a database on an external server");
	}

}

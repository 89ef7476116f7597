package org.policygraph.graph;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.policygraph.PolicyGraphIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

@PolicyGraphIntegrationTest
class EmbeddedNeo4jTests {

	@Autowired
	Driver driver;

	@Autowired
	DatabaseManagementService managementService;

	@Autowired
	Neo4jConnectionDetails connectionDetails;

	@Autowired
	HealthEndpoint health;

	@Autowired
	ConfigurableListableBeanFactory beans;

	@Test
	void driverRunsCypherOverBoltOnTheEmbeddedEngine() {
		long one = this.driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asLong();
		assertThat(one).isEqualTo(1);
		assertThat(this.managementService.listDatabases()).contains("neo4j", "system");
	}

	@Test
	void testsUseAFreeBoltPortOnLoopback() {
		assertThat(this.connectionDetails.getUri().getHost()).isEqualTo("127.0.0.1");
		assertThat(this.connectionDetails.getUri().getPort()).isPositive().isNotEqualTo(7687);
	}

	@Test
	void actuatorHealthChecksTheEmbeddedEngineThroughTheDriver() {
		HealthDescriptor neo4j = this.health.healthForPath("neo4j");
		assertThat(neo4j).isNotNull();
		assertThat(neo4j.getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void driverDependsOnTheEngineSoItClosesFirst() {
		// Spring destroys dependents first: driver -> connection details -> engine.
		assertThat(this.beans.getDependenciesForBean("neo4jDriver")).contains("embeddedNeo4jConnectionDetails");
		assertThat(this.beans.getDependenciesForBean("embeddedNeo4jConnectionDetails")).contains("embeddedNeo4j");
	}

}

package org.policygraph.cypher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.policygraph.PolicyGraphIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded engine itself refuses to load files or URLs and limits a transaction's memory, so that even a query
 * that got past the endpoint's plan check, or one sent straight over Bolt, could not reach outside the graph.
 */
@PolicyGraphIntegrationTest
class EngineIsolationTests {

	@Autowired
	Driver driver;

	private final CanaryServer canary = new CanaryServer();

	@AfterEach
	void stopCanary() {
		this.canary.close();
	}

	@Test
	void refusesUrlLoadingForEveryAddress() {
		assertThatExceptionOfType(ClientException.class)
			.isThrownBy(() -> this.driver.executableQuery("LOAD CSV FROM $url AS line RETURN line")
				.withParameters(java.util.Map.of("url", this.canary.url("/direct.csv")))
				.execute())
			.withMessageContaining("blocked");
		assertThatExceptionOfType(ClientException.class)
			.isThrownBy(() -> this.driver.executableQuery("LOAD CSV FROM 'http://[::1]:9/x.csv' AS line RETURN line")
				.execute())
			.withMessageContaining("blocked");
		assertThat(this.canary.requests()).isZero();
	}

	@Test
	void refusesFileUrls() {
		assertThatExceptionOfType(ClientException.class)
			.isThrownBy(() -> this.driver.executableQuery("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")
				.execute())
			.withMessageContaining("file");
	}

	@Test
	void limitsTheMemoryOfATransaction() {
		String limit = this.driver.executableQuery("SHOW SETTINGS 'db.memory.transaction.max' YIELD value RETURN value")
			.execute()
			.records()
			.get(0)
			.get("value")
			.asString();
		assertThat(limit).isIn("134217728", "128.00MiB", "128m", "128MiB");
	}

}

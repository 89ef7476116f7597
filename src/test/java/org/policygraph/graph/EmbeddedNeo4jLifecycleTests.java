package org.policygraph.graph;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The engine on its own, without Spring: a persistent store survives a restart, a temporary one is removed. */
class EmbeddedNeo4jLifecycleTests {

	@TempDir
	Path dataDir;

	@Test
	void persistentStoreKeepsTheGraphAcrossRestarts() {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties("127.0.0.1:0", this.dataDir.toString(),
				DataSize.ofMegabytes(32));
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties); Driver driver = driver(neo4j)) {
			driver.executableQuery("CREATE (:Industry {name: '轴承'})").execute();
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties); Driver driver = driver(neo4j)) {
			assertThat(driver.executableQuery("MATCH (i:Industry) RETURN i.name AS name")
				.execute()
				.records()
				.get(0)
				.get("name")
				.asString()).isEqualTo("轴承");
		}
		assertThat(this.dataDir.resolve("data")).isDirectory();
	}

	@Test
	void temporaryStoreIsDeletedOnClose() throws Exception {
		EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties("127.0.0.1:0", "", DataSize.ofMegabytes(32));
		Path home;
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties)) {
			home = neo4j.home();
			assertThat(Files.list(home)).isNotEmpty();
		}
		assertThat(home).doesNotExist();
	}

	private static Driver driver(EmbeddedNeo4j neo4j) {
		return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
	}

	@Test
	void occupiedBoltPortFailsWithAClearMessage() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			EmbeddedNeo4jProperties properties = new EmbeddedNeo4jProperties("127.0.0.1:" + taken.getLocalPort(), "",
					DataSize.ofMegabytes(32));
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedNeo4j.start(properties).close())
				.withMessageContaining("Bolt 127.0.0.1:" + taken.getLocalPort())
				.withMessageContaining("Address already in use")
				.withMessageContaining("policygraph.embedded.bolt-address");
		}
	}

}

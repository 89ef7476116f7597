package org.policygraph.graph;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class EmbeddedNeo4jPropertiesTests {

	@Test
	void splitsBoltAddressIntoHostAndPort() {
		EmbeddedNeo4jProperties properties = properties("localhost:0", "data/neo4j");
		assertThat(properties.boltHost()).isEqualTo("localhost");
		assertThat(properties.boltPort()).isZero();
		assertThat(properties.isTemporary()).isFalse();
	}

	@Test
	void blankDataDirMeansATemporaryStore() {
		assertThat(properties("127.0.0.1:7687", "").isTemporary()).isTrue();
		assertThat(properties("127.0.0.1:7687", null).isTemporary()).isTrue();
	}

	@Test
	void acceptsLoopbackAddresses() {
		assertThatNoException().isThrownBy(() -> properties("127.0.0.1:7687", "").requireLoopback());
		assertThatNoException().isThrownBy(() -> properties("localhost:7687", "").requireLoopback());
	}

	@Test
	void refusesToExposeTheUnauthenticatedConnectorBeyondLoopback() {
		assertThatIllegalStateException().isThrownBy(() -> properties("0.0.0.0:7687", "").requireLoopback())
			.withMessageContaining("loopback")
			.withMessageContaining("spring.neo4j.uri");
	}

	private static EmbeddedNeo4jProperties properties(String boltAddress, String dataDir) {
		return new EmbeddedNeo4jProperties(boltAddress, dataDir, DataSize.ofMegabytes(64));
	}

}

package org.policygraph.graph;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the embedded Neo4j engine ({@code policygraph.embedded.*}), used only while {@code spring.neo4j.uri}
 * is unset.
 *
 * @param boltAddress {@code host:port} of the Bolt connector; the host must be a loopback address because the
 * connector runs without authentication, and port 0 picks any free port
 * @param dataDir directory of the store; blank means a fresh temporary directory deleted on shutdown
 * @param pageCache memory Neo4j maps for store files, outside the Java heap
 * @param transactionMemory most heap memory one transaction may use ({@code db.memory.transaction.max}); a query
 * that needs more fails instead of exhausting the application's heap
 */
@ConfigurationProperties("policygraph.embedded")
@Validated
public record EmbeddedNeo4jProperties(
		@DefaultValue("127.0.0.1:7687") @NotBlank @Pattern(regexp = "[^:\\s]+:\\d{1,5}",
				message = "must be host:port, e.g. 127.0.0.1:7687") String boltAddress,
		@DefaultValue("data/neo4j") String dataDir, @DefaultValue("256MB") @NotNull DataSize pageCache,
		@DefaultValue("512MB") @NotNull DataSize transactionMemory) {

	@ConstructorBinding
	public EmbeddedNeo4jProperties {
	}

	/** Settings with the default per-transaction memory limit. */
	public EmbeddedNeo4jProperties(String boltAddress, String dataDir, DataSize pageCache) {
		this(boltAddress, dataDir, pageCache, DataSize.ofMegabytes(512));
	}

	String boltHost() {
		return this.boltAddress.substring(0, this.boltAddress.lastIndexOf(':'));
	}

	int boltPort() {
		return Integer.parseInt(this.boltAddress.substring(this.boltAddress.lastIndexOf(':') + 1));
	}

	boolean isTemporary() {
		return this.dataDir == null || this.dataDir.isBlank();
	}

	/** Refuses a non-loopback Bolt address, since the embedded connector accepts anyone without a password. */
	void requireLoopback() {
		try {
			if (!InetAddress.getByName(boltHost()).isLoopbackAddress()) {
				throw new EmbeddedNeo4jStartException("policygraph.embedded.bolt-address must be a loopback address "
						+ "(the embedded engine runs without authentication), not " + this.boltAddress
						+ "; to serve other hosts, run a Neo4j server and set spring.neo4j.uri");
			}
		}
		catch (UnknownHostException ex) {
			throw new EmbeddedNeo4jStartException("Unknown host in policygraph.embedded.bolt-address: " + this.boltAddress,
					ex);
		}
	}

}

package org.policygraph.graph;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import inet.ipaddr.IPAddressString;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.FileSystemUtils;

/**
 * The Neo4j 5 DBMS running inside this JVM with its Bolt connector on a loopback address, so that every client
 * (this application's driver, cypher-shell, Neo4j Browser) talks to it over Bolt.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private static final List<IPAddressString> EVERY_ADDRESS = List.of(new IPAddressString("0.0.0.0/0"),
			new IPAddressString("::/0"));

	private final DatabaseManagementService dbms;

	private final Path home;

	private final boolean temporary;

	private final URI boltUri;

	private EmbeddedNeo4j(DatabaseManagementService dbms, Path home, boolean temporary) {
		this.dbms = dbms;
		this.home = home;
		this.temporary = temporary;
		this.boltUri = URI.create("bolt://127.0.0.1:" + boundBoltPort(dbms));
	}

	/** Starts the DBMS as the settings say; blocks until the Bolt connector listens. */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		properties.requireLoopback();
		Path home = home(properties);
		long started = System.nanoTime();
		DatabaseManagementService dbms;
		try {
			dbms = build(home, properties);
		}
		catch (RuntimeException ex) {
			if (properties.isTemporary()) {
				delete(home);
			}
			throw new EmbeddedNeo4jStartException("Cannot start the embedded Neo4j (store " + home.toAbsolutePath()
					+ ", Bolt " + properties.boltAddress() + "): "
					+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage()
					+ ". If another PolicyGraph or Neo4j uses them, stop it, change policygraph.embedded.bolt-address"
					+ " and data-dir, or set spring.neo4j.uri to use the running server.", ex);
		}
		EmbeddedNeo4j neo4j = new EmbeddedNeo4j(dbms, home, properties.isTemporary());
		logger.info("Embedded Neo4j started in {} ms: store {}, Bolt {}", (System.nanoTime() - started) / 1_000_000,
				home.toAbsolutePath(), neo4j.boltUri);
		return neo4j;
	}

	/**
	 * Builds the DBMS with loading from outside the graph switched off whatever a query asks: no file URLs and no
	 * import directory for {@code LOAD CSV}, and every IPv4 and IPv6 address blocked for URL loading.
	 */
	private static DatabaseManagementService build(Path home, EmbeddedNeo4jProperties properties) {
		return new DatabaseManagementServiceBuilder(home).setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.allow_file_urls, false)
			.setConfig(GraphDatabaseSettings.load_csv_file_url_root, null)
			.setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, EVERY_ADDRESS)
			.setConfig(GraphDatabaseSettings.memory_transaction_max_size, properties.transactionMemory().toBytes())
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(2))
			.build();
	}

	private static Path home(EmbeddedNeo4jProperties properties) {
		try {
			return properties.isTemporary() ? Files.createTempDirectory("policygraph-neo4j-")
					: Files.createDirectories(Path.of(properties.dataDir()));
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jStartException("Cannot create the Neo4j data directory: " + ex.getMessage(), ex);
		}
	}

	private static int boundBoltPort(DatabaseManagementService dbms) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		return system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
	}

	private static void delete(Path directory) {
		try {
			FileSystemUtils.deleteRecursively(directory);
		}
		catch (IOException ex) {
			logger.warn("Could not delete the temporary Neo4j store {}: {}", directory, ex.getMessage());
		}
	}

	public DatabaseManagementService managementService() {
		return this.dbms;
	}

	/** The Neo4j home directory holding the store, logs and transaction logs. */
	public Path home() {
		return this.home;
	}

	/** Where the Bolt connector actually listens, with the real port when the settings asked for port 0. */
	public URI boltUri() {
		return this.boltUri;
	}

	/** Shuts the DBMS down and deletes the store when it was a temporary one. */
	@Override
	public void close() {
		this.dbms.shutdown();
		if (this.temporary) {
			delete(this.home);
		}
		logger.info("Embedded Neo4j stopped");
	}

}

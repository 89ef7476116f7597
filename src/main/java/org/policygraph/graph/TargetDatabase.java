package org.policygraph.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * The Neo4j database that the application reads and writes: {@code spring.data.neo4j.database} when it is set, else
 * the server's default database. Every driver session and query takes its configuration from here, so the loader,
 * the query endpoints and the Spring Data {@code Neo4jClient} all work on the same database.
 */
@Component
public final class TargetDatabase {

	private final String name;

	TargetDatabase(DatabaseSelectionProvider selection) {
		this.name = selection.getDatabaseSelection().getValue();
	}

	/** A session configuration for this database, to be completed with fetch size or bookmarks. */
	public SessionConfig.Builder session(AccessMode mode) {
		SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode);
		return (this.name != null) ? builder.withDatabase(this.name) : builder;
	}

	/** The configuration of {@code driver.executableQuery(…)} for reading or writing this database. */
	public QueryConfig query(RoutingControl routing) {
		QueryConfig.Builder builder = QueryConfig.builder().withRouting(routing);
		return ((this.name != null) ? builder.withDatabase(this.name) : builder).build();
	}

}

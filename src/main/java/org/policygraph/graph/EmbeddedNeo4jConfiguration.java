package org.policygraph.graph;

import java.net.URI;

import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded engine when no {@code spring.neo4j.uri} is configured and points Spring Boot's Neo4j
 * auto-configuration at its Bolt connector, so the auto-configured {@code Driver}, {@code Neo4jClient} and health
 * indicator are the same beans as with an external server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoExternalNeo4j.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

	private static final String DATABASE = "spring.data.neo4j.database";

	private static final String EMBEDDED_DATABASE = "neo4j";

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, Environment environment) {
		requireTheEmbeddedDatabase(environment.getProperty(DATABASE));
		return EmbeddedNeo4j.start(properties);
	}

	/** The embedded engine (Community Edition) holds one user database, {@code neo4j}; no other can be selected. */
	static void requireTheEmbeddedDatabase(String database) {
		if (StringUtils.hasText(database) && !EMBEDDED_DATABASE.equals(database.strip())) {
			throw new EmbeddedNeo4jStartException(DATABASE + "=" + database + " selects a database on an external server,"
					+ " but the embedded engine holds one database, " + EMBEDDED_DATABASE + ". Unset " + DATABASE
					+ ", or set spring.neo4j.uri to the server that holds " + database + ".");
		}
	}

	/** Exposed for code that needs the engine itself; {@link EmbeddedNeo4j} owns its shutdown. */
	@Bean(destroyMethod = "")
	DatabaseManagementService databaseManagementService(EmbeddedNeo4j embeddedNeo4j) {
		return embeddedNeo4j.managementService();
	}

	/**
	 * Replaces Boot's property-based connection details; the auto-configured driver depends on this bean, which
	 * depends on the engine, so the driver is closed before the engine shuts down.
	 */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
		URI uri = embeddedNeo4j.boltUri();
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return uri;
			}

		};
	}

	/** Matches when {@code spring.neo4j.uri} is unset or blank. */
	static class NoExternalNeo4j implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.neo4j.uri"));
		}

	}

}

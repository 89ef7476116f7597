package org.policygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes, all {@code IF NOT EXISTS}) through the driver while
 * the context starts, so that it is in place before any command or request runs, embedded or external alike.
 */
@Component
class GraphSchema implements SmartInitializingSingleton {

	static final String LOCATION = "cypher/schema.cypher";

	private static final Logger logger = LoggerFactory.getLogger(GraphSchema.class);

	private final Driver driver;

	private final TargetDatabase database;

	GraphSchema(Driver driver, TargetDatabase database) {
		this.driver = driver;
		this.database = database;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> statements = statements(read());
		QueryConfig write = this.database.query(RoutingControl.WRITE);
		statements.forEach((statement) -> this.driver.executableQuery(statement).withConfig(write).execute());
		// A full-text index is searchable only once populated; wait so the first query finds it online.
		this.driver.executableQuery("CALL db.awaitIndexes(60)").withConfig(write).execute();
		logger.info("Graph schema applied: {} statements from {}", statements.size(), LOCATION);
	}

	/** Splits a cypher-shell script into statements: whole-line {@code //} comments dropped, split on {@code ;}. */
	static List<String> statements(String script) {
		String code = script.lines()
			.filter((line) -> !line.strip().startsWith("//"))
			.collect(Collectors.joining("\n"));
		return Arrays.stream(code.split(";")).map(String::strip).filter((statement) -> !statement.isEmpty()).toList();
	}

	private static String read() {
		try {
			return new ClassPathResource(LOCATION).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the graph schema " + LOCATION, ex);
		}
	}

}

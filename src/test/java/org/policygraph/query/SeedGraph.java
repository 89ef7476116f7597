package org.policygraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.neo4j.driver.Driver;

import org.springframework.core.io.ClassPathResource;

/** Replaces the graph with two seed documents written by {@code seed.cypher} as the loader would write them. */
final class SeedGraph {

	private SeedGraph() {
	}

	static void load(Driver driver) {
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		driver.executableQuery(read("seed.cypher")).execute();
	}

	private static String read(String name) {
		try {
			return new ClassPathResource(name, SeedGraph.class).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.policygraph;

import java.nio.file.Path;
import java.util.List;

import org.neo4j.driver.Driver;
import org.policygraph.document.DocumentReader;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.extraction.PolicyExtractor;
import org.policygraph.graph.GraphLoader;

/**
 * The five seed documents of {@code import/}, extracted once per test run with the real pipeline and loaded into a
 * cleared graph as {@code mvn spring-boot:run} loads them, for tests that need the whole seed corpus.
 */
public final class SeedCorpus {

	private static final Path IMPORT_DIRECTORY = Path.of("import");

	private static List<ExtractedDocument> documents;

	private SeedCorpus() {
	}

	/** The extraction results of the seed documents, computed on first use. */
	public static synchronized List<ExtractedDocument> documents() {
		if (documents == null) {
			DocumentReader reader = new DocumentReader();
			PolicyExtractor extractor = new PolicyExtractor();
			documents = DocumentReader.collect(List.of(IMPORT_DIRECTORY))
				.stream()
				.map((file) -> extractor.extract(reader.read(file)))
				.toList();
		}
		return documents;
	}

	/** Replaces the whole graph with the seed corpus. */
	public static void load(Driver driver, GraphLoader loader) {
		driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		documents().forEach(loader::load);
	}

}

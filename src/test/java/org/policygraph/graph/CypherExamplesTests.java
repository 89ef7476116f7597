package org.policygraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.policygraph.PolicyGraphIntegrationTest;
import org.policygraph.extraction.ExtractedDocument;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every {@code cypher/examples/*.cypher} as-is against the seed documents loaded by the real loader. */
@PolicyGraphIntegrationTest
class CypherExamplesTests {

	private static final Path EXAMPLES = Path.of("cypher", "examples");

	@Autowired
	Driver driver;

	@Autowired
	GraphLoader loader;

	@TestFactory
	Stream<DynamicTest> everyExampleAnswersItsQuestionOnTheSeedDocuments() throws IOException {
		this.driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		for (ExtractedDocument doc : SeedDocuments.all()) {
			this.loader.load(doc);
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(EXAMPLES)) {
			files = listing.filter((path) -> path.toString().endsWith(".cypher")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(8);
		return files.stream()
			.map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> answers(file)));
	}

	private void answers(Path file) throws IOException {
		String script = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(script.lines().findFirst().orElse("")).as("question on the first line").matches("// .+\\?");
		List<String> statements = GraphSchema.statements(script);
		assertThat(statements).as("one query per file").hasSize(1);
		EagerResult result = this.driver.executableQuery(statements.get(0)).execute();
		assertThat(result.records()).as("rows of %s", file).isNotEmpty();
		for (String column : result.keys()) {
			assertThat(result.records()).as("column %s of %s", column, file)
				.anyMatch((record) -> isFilled(record, column));
		}
	}

	private static boolean isFilled(Record record, String column) {
		Value value = record.get(column);
		if (value.isNull()) {
			return false;
		}
		return switch (value.type().name()) {
			case "LIST" -> !value.asList().isEmpty();
			case "STRING" -> !value.asString().isEmpty();
			default -> true;
		};
	}

}

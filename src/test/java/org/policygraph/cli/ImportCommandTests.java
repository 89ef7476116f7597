package org.policygraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@code import} and {@code serve} as a user would, each with an engine of its own in a temporary directory. */
class ImportCommandTests {

	private static final Path SEED = Path.of("import", "000_d731860091b711b0.txt");

	@TempDir
	Path temp;

	@Test
	void importsDocumentsAndSkipsThemWhenUnchanged() throws IOException {
		Path documents = Files.createDirectory(this.temp.resolve("docs"));
		Files.copy(SEED, documents.resolve(SEED.getFileName()));
		CliRun first = importAll(documents);
		assertThat(first.exitCode()).isZero();
		assertThat(first.out()).contains("000_d731860091b711b0: loaded", "Imported 1 documents (1 loaded, 0 unchanged, 0 errors)");
		CliRun second = importAll(documents);
		assertThat(second.exitCode()).isZero();
		assertThat(second.out()).contains("000_d731860091b711b0: unchanged", "(0 loaded, 1 unchanged, 0 errors)");
		assertThat(graphSize(second)).isEqualTo(graphSize(first));
	}

	@Test
	void reportsABadDocumentAndLoadsTheRest() throws IOException {
		Path documents = Files.createDirectory(this.temp.resolve("docs"));
		Files.copy(SEED, documents.resolve(SEED.getFileName()));
		Files.write(documents.resolve("broken.txt"), new byte[] { 0, 1, 2, 3, (byte) 0xff, 0, 0 });
		CliRun run = importAll(documents);
		assertThat(run.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
		assertThat(run.err()).contains("broken.txt").doesNotContain("Exception");
		assertThat(run.out()).contains("(1 loaded, 0 unchanged, 1 errors)");
	}

	@Test
	void serveImportsTheImportDirectoryAndAnswersHttp() throws Exception {
		Path documents = Files.createDirectory(this.temp.resolve("docs"));
		Files.copy(SEED, documents.resolve(SEED.getFileName()));
		CliRun run = CliRun.of("serve", "--server.port=0", "--policygraph.import-dir=" + documents,
				"--policygraph.embedded.bolt-address=127.0.0.1:0",
				"--policygraph.embedded.data-dir=" + this.temp.resolve("neo4j"));
		try {
			assertThat(run.run().serving()).isTrue();
			assertThat(run.out()).contains("Imported 1 documents (1 loaded");
			String port = run.run().server().getBean(Environment.class).getProperty("local.server.port");
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("000_d731860091b711b0");
		}
		finally {
			run.run().server().close();
		}
	}

	@Test
	void serveWithAMissingImportDirectorySaysSoAndServes() {
		CliRun run = CliRun.of("serve", "--server.port=0", "--policygraph.import-dir=" + this.temp.resolve("nowhere"),
				"--policygraph.embedded.bolt-address=127.0.0.1:0",
				"--policygraph.embedded.data-dir=" + this.temp.resolve("neo4j"));
		try {
			assertThat(run.run().serving()).isTrue();
			assertThat(run.err()).contains("nowhere", "serving the graph as it is").doesNotContain("Exception");
		}
		finally {
			run.run().server().close();
		}
	}

	@Test
	void importOfAMissingPathFailsWithOneLine() {
		CliRun run = importAll(this.temp.resolve("nowhere"));
		assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(run.err()).contains("nowhere").doesNotContain("Exception");
	}

	@Test
	void importIntoADatabaseTheEmbeddedEngineDoesNotHoldFailsWithOneLineNamingTheSetting() {
		CliRun run = CliRun.of("import", SEED.toString(), "--spring.data.neo4j.database=research",
				"--policygraph.embedded.bolt-address=127.0.0.1:0",
				"--policygraph.embedded.data-dir=" + this.temp.resolve("neo4j"));
		assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(run.err()).startsWith("error: spring.data.neo4j.database=research selects a database")
			.contains("set spring.neo4j.uri")
			.doesNotContain("Exception", "bean");
	}

	private CliRun importAll(Path documents) {
		return CliRun.of("import", documents.toString(), "--policygraph.embedded.bolt-address=127.0.0.1:0",
				"--policygraph.embedded.data-dir=" + this.temp.resolve("neo4j"));
	}

	private static String graphSize(CliRun run) {
		return run.out().substring(run.out().indexOf("graph has"));
	}

}

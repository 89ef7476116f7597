package org.policygraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyGraphCliTests {

	private static final Path SEED = Path.of("import", "000_d731860091b711b0.txt");

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Test
	void helpListsEveryCommand() {
		CliRun run = CliRun.of("--help");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("extract", "evaluate", "merges", "import", "serve", "--server.port=8081");
	}

	@Test
	void unknownCommandIsAUsageError() {
		CliRun run = CliRun.of("frobnicate");
		assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(run.err()).contains("frobnicate").doesNotContain("Exception");
	}

	@Test
	void mergesListsEachNameMergedByARuleWithItsReason() {
		Path reply = Path.of("import", "004_9eab0976ac9c2368.txt");
		CliRun run = CliRun.of("merges", reply.toString());
		assertThat(run.exitCode()).isZero();
		assertThat(run.out().lines()).contains("004_9eab0976ac9c2368\tAgency\t市科技局\t慈溪市科学技术局\t"
				+ "市科技局 abbreviates 慈溪市科学技术局 (科技局 for 科学技术局, place 慈溪市)");
	}

	@Test
	void aNameKeptApartByConfigurationIsNoLongerMerged() {
		Path reply = Path.of("import", "004_9eab0976ac9c2368.txt");
		CliRun merges = CliRun.of("merges", reply.toString(), "--policygraph.extraction.keep-apart=市科技局");
		assertThat(merges.exitCode()).isZero();
		assertThat(merges.out()).doesNotContain("市科技局");
		CliRun extract = CliRun.of("extract", reply.toString(), "--policygraph.extraction.agency-short-forms=false");
		assertThat(extract.out().lines().filter((line) -> line.contains("\"name\": \"市科技局\""))).hasSize(1);
	}

	@Test
	void aSettingTheExtractorCannotUseFailsTheRunInOneLineNamingIt() {
		CliRun run = CliRun.of("merges", "import", "--policygraph.extraction.agency-short-forms=maybe");
		assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(run.err().lines()).singleElement()
			.asString()
			.contains("policygraph.extraction.agency-short-forms")
			.doesNotContain("Exception", "import/");
	}

	@Test
	void extractWithoutPathsIsAUsageError() {
		CliRun run = CliRun.of("extract");
		assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(run.err()).contains("PATH");
	}

	@Test
	void extractWritesRecordsOfTheGoldSchema() throws IOException {
		Path output = this.temp.resolve("out.jsonl");
		CliRun run = CliRun.of("extract", SEED.toString(), "--output", output.toString());
		assertThat(run.exitCode()).isZero();
		List<JsonNode> records = Files.readAllLines(output).stream().map(this.json::readTree).toList();
		assertThat(records).isNotEmpty().allSatisfy((record) -> {
			assertThat(record.get("doc").asString()).isEqualTo("000_d731860091b711b0");
			assertThat(record.get("kind").asString()).isIn("document", "entity", "relation", "measure");
		});
		JsonNode document = records.stream().filter((r) -> r.get("kind").asString().equals("document")).findFirst().orElseThrow();
		assertThat(names(document)).containsAll(Set.of("title", "agency", "doc_number", "date", "suggestion_no",
				"delegate", "session"));
		JsonNode entity = records.stream().filter((r) -> r.get("kind").asString().equals("entity")).findFirst().orElseThrow();
		assertThat(names(entity)).containsExactly("kind", "doc", "type", "name", "aliases");
	}

	@Test
	void extractReportsABadDocumentAndGoesOn() throws IOException {
		Path documents = Files.createDirectory(this.temp.resolve("docs"));
		Files.writeString(documents.resolve("empty.txt"), "");
		Files.copy(SEED, documents.resolve("good.txt"));
		Path output = this.temp.resolve("out.jsonl");
		CliRun run = CliRun.of("extract", documents.toString(), "--output", output.toString());
		assertThat(run.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
		assertThat(run.err()).contains("empty.txt").doesNotContain("Exception");
		assertThat(run.err().strip().lines()).singleElement()
			.satisfies((line) -> assertThat(line.split("empty.txt", -1)).as("the file is named once").hasSize(2));
		assertThat(Files.readAllLines(output, StandardCharsets.UTF_8)).isNotEmpty()
			.allSatisfy((line) -> assertThat(this.json.readTree(line).get("doc").asString()).isEqualTo("good"));
	}

	@Test
	void evaluatePrintsScoresPerTypeForExtractedDocuments() {
		CliRun run = CliRun.of("evaluate", "--gold", "src/test/resources/gold", SEED.toString());
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Programme", "TalentScheme", "Park", "Enterprise", "Industry", "Agency",
				"Institution", "Region");
	}

	@Test
	void evaluateByDocumentPrintsOneLineOfFiguresPerDocument() {
		CliRun run = CliRun.of("evaluate", "--gold", "src/test/resources/gold", SEED.toString(), "--by-document");
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("F1 by document").containsPattern("000_d731860091b711b0 +0\\.\\d{3}");
	}

	@Test
	void evaluateReadsExtractionOutput() throws IOException {
		Path output = this.temp.resolve("out.jsonl");
		assertThat(CliRun.of("extract", SEED.toString(), "--output", output.toString()).exitCode()).isZero();
		CliRun fromFile = CliRun.of("evaluate", "--gold", "src/test/resources/gold", output.toString());
		CliRun fromDocument = CliRun.of("evaluate", "--gold", "src/test/resources/gold", SEED.toString());
		assertThat(fromFile.exitCode()).isZero();
		assertThat(fromFile.out()).isEqualTo(fromDocument.out());
	}

	@Test
	void evaluateScoresOnlyTheGoldDocumentsAmongTheInputs() {
		CliRun run = CliRun.of("evaluate", "--gold", "src/test/resources/gold", SEED.toString());
		assertThat(run.out()).contains("documents scored: 1");
	}

	@Test
	void evaluateWithoutAnyGoldDocumentAmongTheInputsFailsWithOneLine() throws IOException {
		Files.copy(SEED, this.temp.resolve("unknown.txt"));
		CliRun run = CliRun.of("evaluate", "--gold", "src/test/resources/gold", this.temp.resolve("unknown.txt").toString());
		assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(run.err()).isEqualTo("error: none of the inputs has gold annotations in src/test/resources/gold"
				+ System.lineSeparator());
	}

	@Test
	void evaluateWithMissingGoldDirectoryFailsWithOneLine() {
		CliRun run = CliRun.of("evaluate", "--gold", this.temp.resolve("nowhere").toString(), SEED.toString());
		assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(run.err().strip().lines()).hasSize(1);
		assertThat(run.err()).contains("nowhere");
	}

	private static List<String> names(JsonNode node) {
		return node.propertyNames().stream().toList();
	}

}

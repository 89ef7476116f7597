package org.policygraph.extraction.jsonl;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.extraction.DocumentMetadata;
import org.policygraph.extraction.Entity;
import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.Evidence;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.extraction.Measure;
import org.policygraph.extraction.Relation;
import org.policygraph.extraction.RelationType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GoldJsonLinesTests {

	private static final Path gold = Path.of("src/test/resources/gold");

	private static final String sentence = "对列入本市级智能化（自动化）成套装备改造试点示范项目按设备投入额的15%给予不超过500万元的奖励";

	@Test
	void readsEveryGoldFileOfADirectoryByDoc() {
		Map<String, Annotations> annotations = GoldJsonLines.read(gold);
		assertThat(annotations).hasSize(5);
		Annotations first = annotations.get("000_d731860091b711b0");
		assertThat(first.entities()).hasSize(86);
		assertThat(first.relations()).hasSize(9);
		assertThat(first.measures()).isEmpty();
		assertThat(first.metadata().suggestionNo()).isEqualTo(106);
		assertThat(first.entities()).contains(new AnnotatedEntity(EntityType.ENTERPRISE, "公牛电器", List.of("公牛")));
		DocumentMetadata metadata = annotations.get("001_e4f206c805cd707a").metadata();
		assertThat(metadata.date()).isEqualTo(LocalDate.of(2017, 7, 3));
		assertThat(metadata.docNumber()).isEqualTo("慈经信建〔2017〕5号");
	}

	@Test
	void rewritesEveryGoldRecordByteForByte() throws IOException {
		try (var files = Files.list(gold)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".jsonl")).toList()) {
				List<String> original = Files.readAllLines(file, StandardCharsets.UTF_8);
				StringWriter out = new StringWriter();
				GoldJsonLines.read(file).values().forEach((annotations) -> GoldJsonLines.write(annotations, out));
				assertThat(out.toString().lines().toList()).as(file.toString())
					.containsExactlyInAnyOrderElementsOf(original);
			}
		}
	}

	@Test
	void writesDocumentRecordFirstThenEntitiesRelationsAndMeasures() {
		StringWriter out = new StringWriter();
		GoldJsonLines.write(extracted(), out);
		assertThat(out.toString().lines()).containsExactly(
				"{\"kind\": \"document\", \"doc\": \"d1\", \"title\": \"关于印发的通知\", \"agency\": null, "
						+ "\"doc_number\": null, \"date\": \"2017-07-03\", \"suggestion_no\": 239, \"delegate\": null, "
						+ "\"session\": null}",
				"{\"kind\": \"entity\", \"doc\": \"d1\", \"type\": \"Enterprise\", \"name\": \"公牛电器\", "
						+ "\"aliases\": [\"公牛\"]}",
				"{\"kind\": \"entity\", \"doc\": \"d1\", \"type\": \"Industry\", \"name\": \"智能家电\", \"aliases\": []}",
				"{\"kind\": \"relation\", \"doc\": \"d1\", \"type\": \"IN_INDUSTRY\", "
						+ "\"source\": [\"Enterprise\", \"公牛电器\"], \"target\": [\"Industry\", \"智能家电\"], "
						+ "\"evidence\": \"" + sentence + "\"}",
				"{\"kind\": \"measure\", \"doc\": \"d1\", \"instrument\": \"奖励\", \"amount_yuan\": 5000000, "
						+ "\"rate_percent\": 15, \"targets\": [[\"Industry\", \"智能家电\"]], \"evidence\": \"" + sentence
						+ "\"}",
				"{\"kind\": \"measure\", \"doc\": \"d1\", \"instrument\": \"贴息\", \"amount_yuan\": null, "
						+ "\"rate_percent\": 2.5, \"targets\": [], \"evidence\": \"" + sentence + "\"}");
	}

	@Test
	void readsBackWhatItWroteAsTheAnnotationsOfTheExtractedDocument() {
		StringWriter out = new StringWriter();
		GoldJsonLines.write(extracted(), out);
		Map<String, Annotations> read = GoldJsonLines.read(new StringReader(out.toString()), "memory");
		assertThat(read).containsExactly(Map.entry("d1", Annotations.of(extracted())));
	}

	@Test
	void writesAnAllNullDocumentRecordWhenMetadataIsMissing() {
		StringWriter out = new StringWriter();
		GoldJsonLines.write(new ExtractedDocument("d2", "hash", null, List.of(), List.of(), List.of(), List.of()), out);
		assertThat(out.toString()).isEqualTo("{\"kind\": \"document\", \"doc\": \"d2\", \"title\": null, "
				+ "\"agency\": null, \"doc_number\": null, \"date\": null, \"suggestion_no\": null, "
				+ "\"delegate\": null, \"session\": null}\n");
	}

	@Test
	void readsADirectoryAndSaysWhenThereIsNone(@TempDir Path dir) {
		assertThat(GoldJsonLines.readDirectory(gold)).hasSize(5);
		Path nowhere = dir.resolve("nowhere");
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> GoldJsonLines.readDirectory(nowhere))
			.withMessage("Annotation directory " + nowhere + " does not exist or is not a directory");
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> GoldJsonLines.read(dir.resolve("missing.jsonl")))
			.withMessage("Annotation file " + dir.resolve("missing.jsonl") + " does not exist");
	}

	@Test
	void namesFileAndLineOfInvalidJson(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("bad.jsonl");
		Files.writeString(file, entityLine("Enterprise") + "\n\n{\"kind\": \"entity\", \"doc\": \n");
		assertThatExceptionOfType(JsonLinesFormatException.class).isThrownBy(() -> GoldJsonLines.read(file))
			.withMessageStartingWith(file + ", line 3: not valid JSON");
	}

	@Test
	void namesTheUnknownEntityType() {
		assertThatExceptionOfType(JsonLinesFormatException.class)
			.isThrownBy(() -> GoldJsonLines.read(new StringReader(entityLine("Company")), "pred.jsonl"))
			.withMessage("pred.jsonl, line 1: unknown entity type \"Company\"");
	}

	@Test
	void namesTheMissingField() {
		String line = "{\"kind\": \"measure\", \"doc\": \"d1\", \"amount_yuan\": 100}";
		assertThatExceptionOfType(JsonLinesFormatException.class)
			.isThrownBy(() -> GoldJsonLines.read(new StringReader(line), "pred.jsonl"))
			.withMessage("pred.jsonl, line 1: missing field \"instrument\"");
	}

	@Test
	void rejectsADateThatIsNotIso() {
		String line = "{\"kind\": \"document\", \"doc\": \"d1\", \"date\": \"2017年7月3日\"}";
		assertThatExceptionOfType(JsonLinesFormatException.class)
			.isThrownBy(() -> GoldJsonLines.read(new StringReader(line), "pred.jsonl"))
			.withMessage("pred.jsonl, line 1: \"date\" must be YYYY-MM-DD or null, not \"2017年7月3日\"");
	}

	@Test
	void readsAPriceWithAFractionAndRejectsAnAmountInWords() {
		String price = "{\"kind\": \"measure\", \"doc\": \"d1\", \"instrument\": \"补助\", \"amount_yuan\": 1.5}";
		assertThat(GoldJsonLines.read(new StringReader(price), "gold.jsonl").get("d1").measures())
			.extracting(AnnotatedMeasure::amountYuan)
			.containsExactly(1.5);
		String words = "{\"kind\": \"measure\", \"doc\": \"d1\", \"instrument\": \"奖励\", \"amount_yuan\": \"50万\"}";
		assertThatExceptionOfType(JsonLinesFormatException.class)
			.isThrownBy(() -> GoldJsonLines.read(new StringReader(words), "pred.jsonl"))
			.withMessage("pred.jsonl, line 1: \"amount_yuan\" must be a number or null");
	}

	private static String entityLine(String type) {
		return "{\"kind\": \"entity\", \"doc\": \"d1\", \"type\": \"" + type + "\", \"name\": \"公牛\", \"aliases\": []}";
	}

	private static ExtractedDocument extracted() {
		Evidence evidence = new Evidence("d1", sentence, 10, 10 + sentence.length());
		Entity enterprise = new Entity(EntityType.ENTERPRISE, "公牛电器", List.of("公牛"), 3);
		Entity industry = new Entity(EntityType.INDUSTRY, "智能家电", List.of(), 1);
		Relation relation = new Relation(RelationType.IN_INDUSTRY, enterprise.ref(), industry.ref(), evidence);
		Measure award = new Measure("奖励", 5_000_000L, 15.0, List.of(industry.ref()), evidence);
		Measure interest = new Measure("贴息", null, 2.5, List.<EntityRef>of(), evidence);
		DocumentMetadata metadata = new DocumentMetadata("关于印发的通知", null, null, LocalDate.of(2017, 7, 3), 239, null,
				null);
		return new ExtractedDocument("d1", "hash", metadata, List.of(enterprise, industry), List.of(relation),
				List.of(award, interest), List.of());
	}

}

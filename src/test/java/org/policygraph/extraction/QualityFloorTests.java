package org.policygraph.extraction;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.document.DocumentReader;
import org.policygraph.extraction.evaluation.EvaluationReport;
import org.policygraph.extraction.evaluation.Evaluator;
import org.policygraph.extraction.jsonl.Annotations;
import org.policygraph.extraction.jsonl.GoldJsonLines;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction quality by the guideline's scoring, held as floors so that it cannot silently fall. Three sets: the five
 * seed documents, extra documents of other kinds that rules are developed on, and held-out documents that no rule is
 * written from (their floors only guard against regressions; they measure how the extractor generalises).
 */
class QualityFloorTests {

	private static PolicyExtractor extractor;

	@BeforeAll
	static void loadTheExtractor() {
		extractor = new PolicyExtractor();
	}

	@Test
	void seedDocumentsStayAboveTheirFloors() {
		EvaluationReport report = evaluate("import", "src/test/resources/gold", 5);
		assertFloors(report, new Floors(0.94, 0.925, 0.955, 1.0, 1.0));
	}

	@Test
	void extraDocumentsOfOtherKindsStayAboveTheirFloors() {
		EvaluationReport report = evaluate("src/test/resources/extra/docs", "src/test/resources/extra/gold", 57);
		assertFloors(report, new Floors(0.915, 0.925, 0.865, 0.985, 1.0));
	}

	private record Floors(double core, double all, double relations, double measures, double metadata) {
	}

	private static void assertFloors(EvaluationReport report, Floors floors) {
		assertThat(report.coreMicro().f1()).as("core-entity micro F1").isGreaterThanOrEqualTo(floors.core());
		assertThat(report.allMicro().f1()).as("all-entity micro F1").isGreaterThanOrEqualTo(floors.all());
		assertThat(report.relations().f1()).as("relation F1").isGreaterThanOrEqualTo(floors.relations());
		assertThat(report.measures().f1()).as("measure F1").isGreaterThanOrEqualTo(floors.measures());
		assertThat(report.metadataAccuracy().value()).as("metadata accuracy").isGreaterThanOrEqualTo(floors.metadata());
	}

	private static EvaluationReport evaluate(String documents, String gold, int expectedDocuments) {
		DocumentReader reader = new DocumentReader();
		Map<String, Annotations> predicted = new LinkedHashMap<>();
		for (Path file : DocumentReader.collect(List.of(Path.of(documents)))) {
			ExtractedDocument document = extractor.extract(reader.read(file));
			predicted.put(document.documentId(), Annotations.of(document));
		}
		EvaluationReport report = new Evaluator().evaluate(GoldJsonLines.readDirectory(Path.of(gold)), predicted);
		System.out.println(documents + System.lineSeparator() + report.table() + report.documentTable() + report.errors());
		assertThat(report.documents()).isEqualTo(expectedDocuments);
		return report;
	}

}

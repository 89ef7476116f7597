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
 * Floors for relations, measures and metadata: the guideline's targets on the five seeds, and the targets for unseen
 * documents on the six extra documents of other kinds (provincial reply, CPPCC proposal reply, rated-parks notice,
 * tiered-subsidy plan, selected-enterprises list, ASCII punctuation).
 */
class RelationMeasureQualityTests {

	private static PolicyExtractor extractor;

	@BeforeAll
	static void loadTheExtractor() {
		extractor = new PolicyExtractor();
	}

	@Test
	void holdsTheSeedTargetsForRelationsMeasuresAndMetadata() {
		EvaluationReport report = evaluate("import", "src/test/resources/gold");
		assertThat(report.relations().f1()).isGreaterThanOrEqualTo(0.80);
		assertThat(report.measures().f1()).isGreaterThanOrEqualTo(0.90);
		assertThat(report.metadataAccuracy().value()).isEqualTo(1.0);
	}

	@Test
	void holdsTheUnseenDocumentTargetsOnTheExtraDocuments() {
		EvaluationReport report = evaluate("src/test/resources/extra/docs", "src/test/resources/extra/gold");
		System.out.println(report.table());
		assertThat(report.documents()).isEqualTo(6);
		assertThat(report.relations().f1()).isGreaterThanOrEqualTo(0.70);
		assertThat(report.measures().f1()).isGreaterThanOrEqualTo(0.75);
		assertThat(report.metadataAccuracy().value()).isGreaterThanOrEqualTo(0.95);
	}

	private static EvaluationReport evaluate(String documents, String gold) {
		DocumentReader reader = new DocumentReader();
		Map<String, Annotations> predicted = new LinkedHashMap<>();
		for (Path file : DocumentReader.collect(List.of(Path.of(documents)))) {
			ExtractedDocument document = extractor.extract(reader.read(file));
			predicted.put(document.documentId(), Annotations.of(document));
		}
		return new Evaluator().evaluate(GoldJsonLines.readDirectory(Path.of(gold)), predicted);
	}

}

package org.policygraph.extraction;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.document.DocumentReader;
import org.policygraph.extraction.evaluation.EvaluationReport;
import org.policygraph.extraction.evaluation.Evaluator;
import org.policygraph.extraction.jsonl.Annotations;
import org.policygraph.extraction.jsonl.GoldJsonLines;

import static org.assertj.core.api.Assertions.assertThat;

/** Extracts the five seed documents and scores them against the gold; the floor is core-entity micro F1 0.70. */
class SeedQualityTests {

	@Test
	void extractsTheSeedsAboveTheQualityFloor() {
		long loading = System.nanoTime();
		PolicyExtractor extractor = new PolicyExtractor();
		System.out.printf("loaded the lexicons and HanLP in %d ms%n", (System.nanoTime() - loading) / 1_000_000);
		DocumentReader reader = new DocumentReader();
		Map<String, Annotations> predicted = new LinkedHashMap<>();
		long started = System.nanoTime();
		for (Path file : DocumentReader.collect(List.of(Path.of("import")))) {
			ExtractedDocument document = extractor.extract(reader.read(file));
			predicted.put(document.documentId(), Annotations.of(document));
		}
		System.out.printf("extracted the seeds in %d ms%n", (System.nanoTime() - started) / 1_000_000);
		EvaluationReport report = new Evaluator()
			.evaluate(GoldJsonLines.readDirectory(Path.of("src/test/resources/gold")), predicted);
		System.out.println(report.table());
		System.out.println(report.errors());
		assertThat(report.documents()).isEqualTo(5);
		assertThat(report.coreMicro().f1()).isGreaterThanOrEqualTo(0.70);
		assertThat(report.measures().f1()).isGreaterThanOrEqualTo(0.80);
		assertThat(report.metadataAccuracy().value()).isGreaterThanOrEqualTo(0.90);
	}

}

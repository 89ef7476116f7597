package org.policygraph.extraction.jsonl;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.document.DocumentReader;
import org.policygraph.extraction.DocumentMetadata;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.extraction.PolicyExtractor;
import org.policygraph.extraction.evaluation.Evaluator;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on real extraction output that what the JSON Lines writer writes reads back as the same annotations. */
class SeedJsonLinesTests {

	@Test
	void readsBackExactlyWhatItWroteForEverySeedDocument() {
		PolicyExtractor extractor = new PolicyExtractor();
		DocumentReader reader = new DocumentReader();
		StringWriter out = new StringWriter();
		Map<String, Annotations> direct = new LinkedHashMap<>();
		for (Path file : DocumentReader.collect(List.of(Path.of("import")))) {
			ExtractedDocument document = extractor.extract(reader.read(file));
			GoldJsonLines.write(document, out);
			direct.put(document.documentId(), Annotations.of(document));
		}
		Map<String, Annotations> read = GoldJsonLines.read(new StringReader(out.toString()), "seed output");
		assertThat(read).hasSize(5);
		direct.forEach((doc, annotations) -> assertThat(withMetadata(read.get(doc))).isEqualTo(withMetadata(annotations)));
		Map<String, Annotations> gold = GoldJsonLines.readDirectory(Path.of("src/test/resources/gold"));
		Evaluator evaluator = new Evaluator();
		assertThat(evaluator.evaluate(gold, read).table()).isEqualTo(evaluator.evaluate(gold, direct).table());
	}

	// A document without metadata is written as a document record of nulls, which reads back as all-null metadata.
	private static Annotations withMetadata(Annotations annotations) {
		return (annotations.metadata() != null) ? annotations : new Annotations(annotations.doc(),
				new DocumentMetadata(null, null, null, null, null, null, null),
				annotations.entities(), annotations.relations(), annotations.measures());
	}

}

package org.policygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.policygraph.document.DocumentReader;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.extraction.PolicyExtractor;

/** Runs the extractor over files and directories outside any application context, reporting bad documents. */
final class Extraction {

	private final DocumentReader reader = new DocumentReader();

	private final Supplier<PolicyExtractor> extractors;

	private PolicyExtractor extractor;

	/** @param extractors creates the extractor when first needed, since loading its lexicons takes a moment */
	Extraction(Supplier<PolicyExtractor> extractors) {
		this.extractors = extractors;
	}

	record Batch(List<ExtractedDocument> documents, int errors) {
	}

	/** Extracts every document, reporting bad ones; settings the extractor cannot be built from fail the whole run. */
	Batch extractAll(List<Path> filesOrDirs, PrintWriter err) {
		List<ExtractedDocument> documents = new ArrayList<>();
		DocumentBatch batch = new DocumentBatch(err);
		PolicyExtractor extractor = extractor();
		for (Path file : DocumentReader.collect(filesOrDirs)) {
			batch.run(file, (path) -> documents.add(extractor.extract(this.reader.read(path))));
		}
		return new Batch(documents, batch.errors());
	}

	private PolicyExtractor extractor() {
		if (this.extractor == null) {
			this.extractor = this.extractors.get();
		}
		return this.extractor;
	}

}

package org.policygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.policygraph.document.DocumentReader;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.extraction.PolicyExtractor;
import org.policygraph.graph.GraphLoader;
import org.policygraph.graph.LoadResult;
import org.policygraph.graph.LoadResult.Outcome;

import org.springframework.stereotype.Component;

/** Reads, extracts and loads documents one by one; a bad document is reported and skipped while the rest goes on. */
@Component
class CorpusImporter {

	private final DocumentReader reader;

	private final PolicyExtractor extractor;

	private final GraphLoader loader;

	CorpusImporter(DocumentReader reader, PolicyExtractor extractor, GraphLoader loader) {
		this.reader = reader;
		this.extractor = extractor;
		this.loader = loader;
	}

	ImportSummary importAll(List<Path> filesOrDirs, PrintWriter out, PrintWriter err) {
		List<Path> files = DocumentReader.collect(filesOrDirs);
		int loaded = 0;
		int unchanged = 0;
		int errors = 0;
		for (Path file : files) {
			try {
				ExtractedDocument extracted = this.extractor.extract(this.reader.read(file));
				LoadResult result = this.loader.load(extracted);
				out.println(progressLine(extracted, result));
				if (result.outcome() == Outcome.UNCHANGED) {
					unchanged++;
				}
				else {
					loaded++;
				}
			}
			catch (RuntimeException ex) {
				// One document's failure (unreadable file, rejected load) must not stop the batch.
				err.println("error: " + file + ": " + ex.getMessage());
				errors++;
			}
			out.flush();
		}
		var totals = this.loader.counts();
		return new ImportSummary(files.size(), loaded, unchanged, errors, totals.nodes(), totals.relationships());
	}

	private static String progressLine(ExtractedDocument extracted, LoadResult result) {
		return "%s: %s (%d entities, %d relations, %d measures)".formatted(extracted.documentId(),
				result.outcome().name().toLowerCase(), extracted.entities().size(), extracted.relations().size(),
				extracted.measures().size());
	}

}

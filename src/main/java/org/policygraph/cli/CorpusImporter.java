package org.policygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.policygraph.document.DocumentReader;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.extraction.PolicyExtractor;
import org.policygraph.graph.GraphCounts;
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
		DocumentBatch batch = new DocumentBatch(err);
		List<LoadResult> results = new ArrayList<>();
		files.forEach((file) -> batch.run(file, (path) -> results.add(load(path, out))));
		int unchanged = (int) results.stream().filter((result) -> result.outcome() == Outcome.UNCHANGED).count();
		GraphCounts totals = this.loader.counts();
		return new ImportSummary(files.size(), results.size() - unchanged, unchanged, batch.errors(), totals.nodes(),
				totals.relationships());
	}

	private LoadResult load(Path file, PrintWriter out) {
		ExtractedDocument extracted = this.extractor.extract(this.reader.read(file));
		LoadResult result = this.loader.load(extracted);
		out.println(progressLine(extracted, result));
		out.flush();
		return result;
	}

	private static String progressLine(ExtractedDocument extracted, LoadResult result) {
		return "%s: %s (%d entities, %d relations, %d measures)".formatted(extracted.documentId(),
				result.outcome().name().toLowerCase(), extracted.entities().size(), extracted.relations().size(),
				extracted.measures().size());
	}

}

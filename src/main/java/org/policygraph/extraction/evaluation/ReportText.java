package org.policygraph.extraction.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvaluationReport} as the plain text the {@code evaluate} command prints. */
final class ReportText {

	private static final String ROW = "%-16s %6s %6s %6s %8s %10s %8s %6s%n";

	private ReportText() {
	}

	static String table(EvaluationReport report) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, ROW, "", "P", "R", "F1", "correct", "predicted", "matched", "gold"));
		report.perType().forEach((type, score) -> row(text, type.label(), score));
		row(text, "core micro", report.coreMicro());
		row(text, "all micro", report.allMicro());
		row(text, "relations", report.relations());
		report.relationsPerType().forEach((type, score) -> row(text, "  " + type.name(), score));
		row(text, "measures", report.measures());
		Accuracy metadata = report.metadataAccuracy();
		text.append(String.format(Locale.ROOT, "%nmetadata accuracy %.3f (%d of %d fields)%n", metadata.value(),
				metadata.equal(), metadata.compared()));
		text.append(String.format(Locale.ROOT, "documents scored: %d%n", report.documents()));
		if (!report.ignoredDocuments().isEmpty()) {
			text.append(String.format(Locale.ROOT, "predicted documents not in the gold, ignored: %d (%s)%n",
					report.ignoredDocuments().size(), String.join(", ", report.ignoredDocuments())));
		}
		return text.toString();
	}

	static String documentTable(List<DocumentFigures> documents) {
		int width = documents.stream().mapToInt((document) -> document.doc().length()).max().orElse(0);
		String row = "%-" + Math.max(width, 36) + "s %6s %6s %9s %8s %8s%n";
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%n" + row, "F1 by document", "core", "all",
				"relations", "measures", "metadata"));
		for (DocumentFigures document : documents) {
			text.append(String.format(Locale.ROOT, row, document.doc(), decimal(document.core().f1()),
					decimal(document.all().f1()), decimal(document.relations().f1()), decimal(document.measures().f1()),
					decimal(document.metadata().value())));
		}
		return text.toString();
	}

	private static void row(StringBuilder text, String label, Score score) {
		text.append(String.format(Locale.ROOT, ROW, label, decimal(score.precision()), decimal(score.recall()),
				decimal(score.f1()), score.correct(), score.predicted(), score.matched(), score.gold()));
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	static String errors(List<Mistake> mistakes) {
		Map<String, Map<String, List<Mistake>>> byDoc = new LinkedHashMap<>();
		for (Mistake mistake : mistakes) {
			byDoc.computeIfAbsent(mistake.doc(), (doc) -> new LinkedHashMap<>())
				.computeIfAbsent(mistake.category(), (category) -> new ArrayList<>())
				.add(mistake);
		}
		StringBuilder text = new StringBuilder();
		byDoc.forEach((doc, categories) -> {
			text.append(doc).append('\n');
			categories.forEach((category, listed) -> {
				text.append("  ").append(category).append('\n');
				listed.forEach((mistake) -> text.append("    ")
					.append(mistake.kind().label())
					.append(": ")
					.append(mistake.item())
					.append('\n'));
			});
		});
		return text.toString();
	}

}

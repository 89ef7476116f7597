package org.policygraph.extraction.evaluation;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.policygraph.extraction.EntityType;

/**
 * The scores of a set of predictions against the gold, with the mistakes behind them.
 *
 * @param perType entity scores per type, summed over documents, in {@link EntityType} order
 * @param relations relation score
 * @param measures measure score
 * @param metadataAccuracy share of metadata fields equal to the gold
 * @param documents number of gold documents scored
 * @param ignoredDocuments predicted documents that are not in the gold and were therefore not scored
 * @param mistakes false positives, misses and metadata mismatches, by document
 * @param byDocument the headline scores of each document, by document id
 */
public record EvaluationReport(Map<EntityType, Score> perType, Score relations, Score measures,
		Accuracy metadataAccuracy, int documents, List<String> ignoredDocuments, List<Mistake> mistakes,
		List<DocumentFigures> byDocument) {

	public EvaluationReport {
		EnumMap<EntityType, Score> complete = new EnumMap<>(EntityType.class);
		for (EntityType type : EntityType.values()) {
			complete.put(type, perType.getOrDefault(type, Score.NONE));
		}
		perType = Collections.unmodifiableMap(complete);
		ignoredDocuments = List.copyOf(ignoredDocuments);
		mistakes = List.copyOf(mistakes);
		byDocument = byDocument.stream().sorted(Comparator.comparing(DocumentFigures::doc)).toList();
	}

	/** Micro average over the five core types. */
	public Score coreMicro() {
		return Score.micro(this.perType, EntityType::isCore);
	}

	/** Micro average over all eight types. */
	public Score allMicro() {
		return Score.micro(this.perType, (type) -> true);
	}

	/** The plain-text table of the {@code evaluate} command. */
	public String table() {
		return ReportText.table(this);
	}

	/** One line of F1 figures per document (core, all-8, relations, measures, metadata accuracy), for {@code --by-document}. */
	public String documentTable() {
		return ReportText.documentTable(this.byDocument);
	}

	/** False positives, misses and metadata mismatches per document and category, for {@code evaluate --errors}. */
	public String errors() {
		return ReportText.errors(this.mistakes);
	}

}

package org.policygraph.extraction.evaluation;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.RelationType;

/**
 * The scores of a set of predictions against the gold, with the mistakes behind them.
 *
 * @param perType entity scores per type, summed over documents, in {@link EntityType} order
 * @param relationsPerType relation scores per type, summed over documents, in {@link RelationType} order
 * @param measures measure score
 * @param metadataAccuracy share of metadata fields equal to the gold
 * @param documents number of gold documents scored
 * @param ignoredDocuments predicted documents that are not in the gold and were therefore not scored
 * @param mistakes false positives, misses and metadata mismatches, by document
 * @param byDocument the headline scores of each document, by document id
 */
public record EvaluationReport(Map<EntityType, Score> perType, Map<RelationType, Score> relationsPerType, Score measures,
		Accuracy metadataAccuracy, int documents, List<String> ignoredDocuments, List<Mistake> mistakes,
		List<DocumentFigures> byDocument) {

	public EvaluationReport {
		EnumMap<EntityType, Score> complete = new EnumMap<>(EntityType.class);
		for (EntityType type : EntityType.values()) {
			complete.put(type, perType.getOrDefault(type, Score.NONE));
		}
		perType = Collections.unmodifiableMap(complete);
		EnumMap<RelationType, Score> relationTypes = new EnumMap<>(RelationType.class);
		for (RelationType type : RelationType.values()) {
			relationTypes.put(type, relationsPerType.getOrDefault(type, Score.NONE));
		}
		relationsPerType = Collections.unmodifiableMap(relationTypes);
		ignoredDocuments = List.copyOf(ignoredDocuments);
		mistakes = List.copyOf(mistakes);
		byDocument = byDocument.stream().sorted(Comparator.comparing(DocumentFigures::doc)).toList();
	}

	/** All relations, micro-averaged over the eight types. */
	public Score relations() {
		return Score.sum(this.relationsPerType);
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

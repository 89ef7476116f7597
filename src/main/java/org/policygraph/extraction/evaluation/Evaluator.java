package org.policygraph.extraction.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.RelationType;
import org.policygraph.extraction.jsonl.Annotations;

/**
 * Scores predicted annotations against gold annotations as the guideline's scoring section prescribes. Every gold
 * document is scored, one without a prediction as if nothing had been predicted for it; predicted documents that
 * are not in the gold are ignored and only listed in the report, since there is nothing to judge them against.
 */
public class Evaluator {

	public EvaluationReport evaluate(Map<String, Annotations> gold, Map<String, Annotations> predicted) {
		Map<EntityType, Score> perType = new EnumMap<>(EntityType.class);
		Map<RelationType, Score> relations = new EnumMap<>(RelationType.class);
		Score measures = Score.NONE;
		Accuracy metadata = Accuracy.NONE;
		List<Mistake> mistakes = new ArrayList<>();
		List<DocumentFigures> byDocument = new ArrayList<>();
		for (Annotations goldDocument : gold.values()) {
			DocumentScore score = DocumentScore.of(goldDocument,
					predicted.getOrDefault(goldDocument.doc(), empty(goldDocument.doc())));
			score.entities().forEach((type, typeScore) -> perType.merge(type, typeScore, Score::plus));
			score.relations().forEach((type, typeScore) -> relations.merge(type, typeScore, Score::plus));
			measures = measures.plus(score.measures());
			metadata = metadata.plus(score.metadata());
			mistakes.addAll(score.mistakes());
			byDocument.add(DocumentFigures.of(goldDocument.doc(), score));
		}
		List<String> ignored = predicted.keySet().stream().filter((doc) -> !gold.containsKey(doc)).sorted().toList();
		return new EvaluationReport(perType, relations, measures, metadata, gold.size(), ignored, mistakes,
				byDocument);
	}

	private static Annotations empty(String doc) {
		return new Annotations(doc, null, List.of(), List.of(), List.of());
	}

}

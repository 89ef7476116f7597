package org.policygraph.extraction.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.RelationType;
import org.policygraph.extraction.jsonl.Annotations;

/**
 * The scores of one gold document against its prediction, with the mistakes behind them.
 *
 * @param entities entity scores per type
 * @param relations relation scores per type
 * @param measures measure score
 * @param metadata metadata field accuracy
 * @param mistakes false positives, misses and metadata mismatches, in the order the error listing shows them
 */
record DocumentScore(Map<EntityType, Score> entities, Map<RelationType, Score> relations, Score measures, Accuracy metadata,
		List<Mistake> mistakes) {

	static DocumentScore of(Annotations gold, Annotations predicted) {
		String doc = gold.doc();
		List<Mistake> mistakes = new ArrayList<>();
		EntityIndex goldEntities = new EntityIndex(gold.entities());
		EntityIndex predictedEntities = new EntityIndex(predicted.entities());
		Map<EntityType, Score> entities = EntityScorer.score(doc, goldEntities, predictedEntities, mistakes);
		Map<RelationType, Score> relations = new RelationScorer(goldEntities, predictedEntities).score(doc, gold.relations(),
				predicted.relations(), mistakes);
		Score measures = new MeasureScorer(gold.measures(), predicted.measures()).score(doc, mistakes);
		Accuracy metadata = MetadataScorer.score(doc, gold.metadata(), predicted.metadata(), mistakes);
		return new DocumentScore(entities, relations, measures, metadata, mistakes);
	}

}

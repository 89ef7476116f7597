package org.policygraph.extraction.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.RelationType;
import org.policygraph.extraction.jsonl.AnnotatedRelation;

/**
 * Scores the relations of one document: a prediction is correct when a gold relation of its type connects gold
 * entities that its source and target match (either way round for the undirected PARTNERS_WITH).
 */
final class RelationScorer {

	static final String CATEGORY = "relations";

	private final EntityIndex goldEntities;

	private final EntityIndex predictedEntities;

	RelationScorer(EntityIndex goldEntities, EntityIndex predictedEntities) {
		this.goldEntities = goldEntities;
		this.predictedEntities = predictedEntities;
	}

	/** Scores per relation type; a type neither predicted nor in the gold is left out. */
	Map<RelationType, Score> score(String doc, List<AnnotatedRelation> gold, List<AnnotatedRelation> predicted,
			List<Mistake> mistakes) {
		Map<RelationType, Score> byType = new EnumMap<>(RelationType.class);
		boolean[] matched = new boolean[gold.size()];
		for (AnnotatedRelation prediction : distinct(predicted)) {
			boolean connects = false;
			for (int i = 0; i < gold.size(); i++) {
				if (connects(prediction, gold.get(i))) {
					matched[i] = true;
					connects = true;
				}
			}
			byType.merge(prediction.type(), new Score(connects ? 1 : 0, 1, 0, 0), Score::plus);
			if (!connects) {
				mistakes.add(new Mistake(doc, CATEGORY, Mistake.Kind.FALSE_POSITIVE, describe(prediction)));
			}
		}
		for (int i = 0; i < matched.length; i++) {
			byType.merge(gold.get(i).type(), new Score(0, 0, matched[i] ? 1 : 0, 1), Score::plus);
			if (!matched[i]) {
				mistakes.add(new Mistake(doc, CATEGORY, Mistake.Kind.MISS, describe(gold.get(i))));
			}
		}
		return byType;
	}

	private boolean connects(AnnotatedRelation prediction, AnnotatedRelation gold) {
		if (prediction.type() != gold.type()) {
			return false;
		}
		return (same(prediction.source(), gold.source()) && same(prediction.target(), gold.target()))
				|| (gold.type().isUndirected() && same(prediction.source(), gold.target())
						&& same(prediction.target(), gold.source()));
	}

	private boolean same(EntityRef predicted, EntityRef gold) {
		return predicted.type() == gold.type()
				&& this.predictedEntities.resolve(predicted).matches(this.goldEntities.resolve(gold));
	}

	// Duplicates are the same type between the same normalised endpoints, in either order when undirected.
	private static List<AnnotatedRelation> distinct(List<AnnotatedRelation> relations) {
		Map<List<String>, AnnotatedRelation> distinct = new LinkedHashMap<>();
		for (AnnotatedRelation relation : relations) {
			List<String> ends = new ArrayList<>(List.of(key(relation.source()), key(relation.target())));
			if (relation.type().isUndirected()) {
				ends.sort(null);
			}
			distinct.putIfAbsent(List.of(relation.type().name(), ends.get(0), ends.get(1)), relation);
		}
		return List.copyOf(distinct.values());
	}

	private static String key(EntityRef ref) {
		return ref.type().label() + ":" + NameNormaliser.normalise(ref.name());
	}

	static String describe(AnnotatedRelation relation) {
		return relation.type() + " " + relation.source().type().label() + " " + relation.source().name() + " -> "
				+ relation.target().type().label() + " " + relation.target().name();
	}

}

package org.policygraph.extraction.evaluation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.policygraph.extraction.EntityType;

/**
 * Scores the entities of one document per type: a prediction is correct when it shares a normalised name or alias
 * with a gold entity of the same type, and a gold entity is matched when some prediction shares one with it.
 */
final class EntityScorer {

	private EntityScorer() {
	}

	static Map<EntityType, Score> score(String doc, EntityIndex gold, EntityIndex predicted, List<Mistake> mistakes) {
		Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
		for (EntityType type : EntityType.values()) {
			scores.put(type, scoreType(new Context(doc, type, mistakes), gold.ofType(type), predicted.ofType(type)));
		}
		return scores;
	}

	private static Score scoreType(Context context, Collection<EntityNames> gold, Collection<EntityNames> predicted) {
		int correct = 0;
		for (EntityNames prediction : predicted) {
			if (matchesAny(prediction, gold)) {
				correct++;
			}
			else {
				context.record(Mistake.Kind.FALSE_POSITIVE, prediction.name());
			}
		}
		int matched = 0;
		for (EntityNames entity : gold) {
			if (matchesAny(entity, predicted)) {
				matched++;
			}
			else {
				context.record(Mistake.Kind.MISS, entity.name());
			}
		}
		return new Score(correct, predicted.size(), matched, gold.size());
	}

	private static boolean matchesAny(EntityNames entity, Collection<EntityNames> others) {
		return others.stream().anyMatch(entity::matches);
	}

	private record Context(String doc, EntityType type, List<Mistake> mistakes) {

		void record(Mistake.Kind kind, String name) {
			this.mistakes.add(new Mistake(this.doc, this.type.label(), kind, name));
		}

	}

}

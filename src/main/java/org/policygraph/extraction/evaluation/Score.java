package org.policygraph.extraction.evaluation;

import java.util.Map;
import java.util.function.Predicate;

import org.policygraph.extraction.EntityType;

/**
 * Precision, recall and F1 of one category. Precision and recall have their own numerators because the guideline
 * matches entities and relations many-to-one: two predictions may both be correct for one gold entity.
 *
 * @param correct predictions judged correct
 * @param predicted predictions (duplicates counted once)
 * @param matched gold items matched by at least one correct prediction
 * @param gold gold items
 */
public record Score(int correct, int predicted, int matched, int gold) {

	/** No predictions and no gold. */
	public static final Score NONE = new Score(0, 0, 0, 0);

	/** The micro average of the entity scores of the types that pass {@code types} (all eight, or the core five). */
	static Score micro(Map<EntityType, Score> perType, Predicate<EntityType> types) {
		return perType.entrySet()
			.stream()
			.filter((entry) -> types.test(entry.getKey()))
			.map(Map.Entry::getValue)
			.reduce(NONE, Score::plus);
	}

	/** The sum of all scores in {@code scores}, e.g. the relation score over all relation types. */
	static Score sum(Map<?, Score> scores) {
		return scores.values().stream().reduce(NONE, Score::plus);
	}

	public Score plus(Score other) {
		return new Score(this.correct + other.correct, this.predicted + other.predicted,
				this.matched + other.matched, this.gold + other.gold);
	}

	/** Correct predictions over predictions; 1 when there is nothing to predict and nothing predicted, else 0. */
	public double precision() {
		return ratio(this.correct, this.predicted);
	}

	/** Gold items matched over gold items; 1 when there is nothing to predict and nothing predicted, else 0. */
	public double recall() {
		return ratio(this.matched, this.gold);
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

	private double ratio(int numerator, int denominator) {
		if (denominator == 0) {
			return (this.predicted == 0 && this.gold == 0) ? 1 : 0;
		}
		return (double) numerator / denominator;
	}

}

package org.policygraph.extraction.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.policygraph.extraction.jsonl.AnnotatedMeasure;

/**
 * Scores the measures of one document by a one-to-one matching of predictions to gold measures. A prediction fits
 * a gold measure with an amount when it has the same amount; a gold measure without an amount but with a rate when
 * it has the same rate; a gold measure with neither when it has the same instrument. The matching is a maximum one
 * (augmenting paths), so the score does not depend on the order of the records.
 */
final class MeasureScorer {

	static final String CATEGORY = "measures";

	private static final double RATE_TOLERANCE = 1e-9;

	private final List<AnnotatedMeasure> gold;

	private final List<AnnotatedMeasure> predicted;

	private final int[] partnerOfGold;

	MeasureScorer(List<AnnotatedMeasure> gold, List<AnnotatedMeasure> predicted) {
		this.gold = gold;
		this.predicted = predicted;
		this.partnerOfGold = new int[gold.size()];
		Arrays.fill(this.partnerOfGold, -1);
		for (int p = 0; p < predicted.size(); p++) {
			augment(p, new boolean[gold.size()]);
		}
	}

	Score score(String doc, List<Mistake> mistakes) {
		boolean[] predictionMatched = new boolean[this.predicted.size()];
		int matched = 0;
		for (int g = 0; g < this.gold.size(); g++) {
			if (this.partnerOfGold[g] >= 0) {
				predictionMatched[this.partnerOfGold[g]] = true;
				matched++;
			}
			else {
				mistakes.add(new Mistake(doc, CATEGORY, Mistake.Kind.MISS, describe(this.gold.get(g))));
			}
		}
		for (int p = 0; p < predictionMatched.length; p++) {
			if (!predictionMatched[p]) {
				mistakes.add(new Mistake(doc, CATEGORY, Mistake.Kind.FALSE_POSITIVE, describe(this.predicted.get(p))));
			}
		}
		return new Score(matched, this.predicted.size(), matched, this.gold.size());
	}

	private boolean augment(int p, boolean[] visited) {
		for (int g = 0; g < this.gold.size(); g++) {
			if (!visited[g] && fits(this.predicted.get(p), this.gold.get(g))) {
				visited[g] = true;
				if (this.partnerOfGold[g] < 0 || augment(this.partnerOfGold[g], visited)) {
					this.partnerOfGold[g] = p;
					return true;
				}
			}
		}
		return false;
	}

	static boolean fits(AnnotatedMeasure prediction, AnnotatedMeasure gold) {
		if (gold.amountYuan() != null) {
			return gold.amountYuan().equals(prediction.amountYuan());
		}
		if (gold.ratePercent() != null) {
			return prediction.ratePercent() != null
					&& Math.abs(prediction.ratePercent() - gold.ratePercent()) < RATE_TOLERANCE;
		}
		return Objects.equals(NameNormaliser.normalise(prediction.instrument()),
				NameNormaliser.normalise(gold.instrument()));
	}

	private static String describe(AnnotatedMeasure measure) {
		return measure.instrument() + " amount_yuan=" + plain(measure.amountYuan()) + " rate_percent="
				+ measure.ratePercent();
	}

	private static String plain(Double amount) {
		return (amount != null) ? BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString() : "null";
	}

}

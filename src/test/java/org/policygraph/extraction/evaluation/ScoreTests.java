package org.policygraph.extraction.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreTests {

	@Test
	void computesPrecisionAndRecallFromTheirOwnNumerators() {
		Score score = new Score(3, 4, 2, 5);
		assertThat(score.precision()).isEqualTo(0.75);
		assertThat(score.recall()).isEqualTo(0.4);
		assertThat(score.f1()).isCloseTo(2 * 0.75 * 0.4 / 1.15, within(1e-12));
	}

	@Test
	void scoresNothingPredictedAgainstSomeGoldAsZero() {
		Score score = new Score(0, 0, 0, 3);
		assertThat(score.precision()).isZero();
		assertThat(score.recall()).isZero();
		assertThat(score.f1()).isZero();
	}

	@Test
	void scoresNothingPredictedAgainstNoGoldAsPerfect() {
		assertThat(Score.NONE.precision()).isEqualTo(1.0);
		assertThat(Score.NONE.recall()).isEqualTo(1.0);
		assertThat(Score.NONE.f1()).isEqualTo(1.0);
	}

	@Test
	void addsCounts() {
		assertThat(new Score(1, 2, 1, 3).plus(new Score(2, 2, 2, 4))).isEqualTo(new Score(3, 4, 3, 7));
	}

}

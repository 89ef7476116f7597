package org.policygraph.analytics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.policygraph.query.IndustryMeasure;

/**
 * The measures of an industry in figures.
 *
 * @param measures how many measures
 * @param amountYuan the sum of their known amounts and caps, 0 when none is known
 * @param largestAmountYuan the largest amount or cap, or {@code null} when none is known
 * @param largestRatePercent the largest rate, or {@code null} when none is known
 * @param instruments each instrument with its measures and amounts, by instrument
 */
record MeasureSummary(long measures, long amountYuan, Long largestAmountYuan, Double largestRatePercent,
		List<InstrumentShare> instruments) {

	/**
	 * The measures of one instrument.
	 *
	 * @param instrument the instrument noun, such as 奖励
	 * @param measures how many measures use it
	 * @param amountYuan the sum of their known amounts, 0 when none is known
	 */
	record InstrumentShare(String instrument, long measures, long amountYuan) {

		InstrumentShare plus(IndustryMeasure measure) {
			return new InstrumentShare(this.instrument, this.measures + 1, this.amountYuan + amount(measure));
		}

	}

	static MeasureSummary of(List<IndustryMeasure> measures) {
		Map<String, InstrumentShare> shares = new TreeMap<>();
		for (IndustryMeasure measure : measures) {
			String instrument = Objects.requireNonNullElse(measure.instrument(), Dimension.NONE);
			shares.compute(instrument,
					(key, share) -> ((share != null) ? share : new InstrumentShare(key, 0, 0)).plus(measure));
		}
		return new MeasureSummary(measures.size(), measures.stream().mapToLong(MeasureSummary::amount).sum(),
				largest(measures, IndustryMeasure::amountYuan), largest(measures, IndustryMeasure::ratePercent),
				List.copyOf(shares.values()));
	}

	private static <T extends Comparable<T>> T largest(List<IndustryMeasure> measures,
			Function<IndustryMeasure, T> value) {
		return measures.stream().map(value).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}

	private static long amount(IndustryMeasure measure) {
		return (measure.amountYuan() != null) ? measure.amountYuan() : 0;
	}

}

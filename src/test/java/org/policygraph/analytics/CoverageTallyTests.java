package org.policygraph.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.analytics.Coverage.Cell;
import org.policygraph.analytics.Coverage.Sum;
import org.policygraph.analytics.Coverage.Total;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTallyTests {

	private static final MeasureFacets FUND = new MeasureFacets("a#1", 5_000_000_000L, List.of("生物医药", "数字经济"),
			"基金", "湖州市", 2023, "湖州市人民政府");

	private static final MeasureFacets RENT = new MeasureFacets("b#1", null, List.of(), "免租", null, null, null);

	@Test
	void countsAMeasureInEachOfItsRowsAndOnceInTheTotal() {
		Coverage coverage = tally(Dimension.INDUSTRY, Dimension.INSTRUMENT, true, FUND, RENT);
		assertThat(coverage.rowKeys()).containsExactly("数字经济", "生物医药", "(none)");
		assertThat(coverage.colKeys()).containsExactly("免租", "基金");
		assertThat(coverage.cells()).containsExactly(new Cell("数字经济", "基金", 1, 5_000_000_000L),
				new Cell("生物医药", "基金", 1, 5_000_000_000L), new Cell("(none)", "免租", 1, 0));
		assertThat(coverage.colTotals()).containsExactly(new Total("免租", 1, 0), new Total("基金", 1, 5_000_000_000L));
		assertThat(coverage.total()).isEqualTo(new Sum(2, 5_000_000_000L));
	}

	@Test
	void leavesOutMeasuresWithNoValueWhenUnassignedAreNotWanted() {
		Coverage coverage = tally(Dimension.YEAR, Dimension.REGION, false, FUND, RENT);
		assertThat(coverage.rows()).isEqualTo("year");
		assertThat(coverage.rowKeys()).containsExactly("2023");
		assertThat(coverage.cells()).containsExactly(new Cell("2023", "湖州市", 1, 5_000_000_000L));
		assertThat(coverage.total()).isEqualTo(new Sum(1, 5_000_000_000L));
	}

	private static Coverage tally(Dimension rows, Dimension cols, boolean unassigned, MeasureFacets... measures) {
		CoverageTally tally = new CoverageTally(rows, cols, unassigned);
		List.of(measures).forEach(tally::add);
		return tally.coverage();
	}

}

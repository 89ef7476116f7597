package org.policygraph.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.policygraph.analytics.Coverage.Cell;
import org.policygraph.analytics.Coverage.Sum;
import org.policygraph.analytics.Coverage.Total;

/** Adds measures up into a {@link Coverage} matrix, each measure once per row key, column key and cell. */
final class CoverageTally {

	/** Keys in code-point order (years in numeric order, being four digits), {@code (none)} last. */
	private static final Comparator<String> KEY_ORDER = Comparator
		.comparing((String key) -> key.equals(Dimension.NONE))
		.thenComparing(Comparator.naturalOrder());

	private final Dimension rows;

	private final Dimension cols;

	private final boolean unassigned;

	private final Map<String, Map<String, Sum>> cells = new TreeMap<>(KEY_ORDER);

	private final Map<String, Sum> rowTotals = new TreeMap<>(KEY_ORDER);

	private final Map<String, Sum> colTotals = new TreeMap<>(KEY_ORDER);

	private Sum total = Sum.ZERO;

	CoverageTally(Dimension rows, Dimension cols, boolean unassigned) {
		this.rows = rows;
		this.cols = cols;
		this.unassigned = unassigned;
	}

	/** Counts a measure; one with no key left on the rows or the columns is not counted at all. */
	void add(MeasureFacets measure) {
		List<String> rowKeys = keys(measure, this.rows);
		List<String> colKeys = keys(measure, this.cols);
		if (rowKeys.isEmpty() || colKeys.isEmpty()) {
			return;
		}
		for (String row : rowKeys) {
			add(this.rowTotals, row, measure);
			Map<String, Sum> rowCells = this.cells.computeIfAbsent(row, (key) -> new TreeMap<>(KEY_ORDER));
			colKeys.forEach((col) -> add(rowCells, col, measure));
		}
		colKeys.forEach((col) -> add(this.colTotals, col, measure));
		this.total = this.total.plus(measure);
	}

	Coverage coverage() {
		List<Cell> cellList = new ArrayList<>();
		this.cells.forEach((row, rowCells) -> rowCells
			.forEach((col, sum) -> cellList.add(new Cell(row, col, sum.measures(), sum.amountYuan()))));
		return new Coverage(this.rows.parameter(), this.cols.parameter(), List.copyOf(this.rowTotals.keySet()),
				List.copyOf(this.colTotals.keySet()), List.copyOf(cellList), totals(this.rowTotals),
				totals(this.colTotals), this.total);
	}

	private List<String> keys(MeasureFacets measure, Dimension dimension) {
		List<String> keys = measure.keys(dimension);
		return this.unassigned ? keys : keys.stream().filter((key) -> !key.equals(Dimension.NONE)).toList();
	}

	private static void add(Map<String, Sum> sums, String key, MeasureFacets measure) {
		sums.compute(key, (k, sum) -> ((sum != null) ? sum : Sum.ZERO).plus(measure));
	}

	private static List<Total> totals(Map<String, Sum> sums) {
		return sums.entrySet()
			.stream()
			.map((entry) -> new Total(entry.getKey(), entry.getValue().measures(), entry.getValue().amountYuan()))
			.toList();
	}

}

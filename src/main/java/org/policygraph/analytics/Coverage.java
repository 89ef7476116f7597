package org.policygraph.analytics;

import java.util.List;

/**
 * The coverage matrix: how many measures, and how many yuan, fall in each pair of a row key and a column key. A
 * measure that reaches two industries counts in both rows, so row totals may add up to more than the total, which
 * counts each measure once.
 *
 * @param rows the dimension of the rows, such as {@code industry}
 * @param cols the dimension of the columns, such as {@code instrument}
 * @param rowKeys the row keys in order, {@code (none)} last
 * @param colKeys the column keys in order, {@code (none)} last
 * @param cells the pairs that hold at least one measure
 * @param rowTotals the measures of each row
 * @param colTotals the measures of each column
 * @param total all measures counted
 */
record Coverage(String rows, String cols, List<String> rowKeys, List<String> colKeys, List<Cell> cells,
		List<Total> rowTotals, List<Total> colTotals, Sum total) {

	/**
	 * The measures of one row key and one column key.
	 *
	 * @param row the row key
	 * @param col the column key
	 * @param measures how many measures
	 * @param amountYuan the sum of their known amounts, 0 when none is known
	 */
	record Cell(String row, String col, long measures, long amountYuan) {
	}

	/**
	 * The measures of one row or one column.
	 *
	 * @param key the row or column key
	 * @param measures how many measures
	 * @param amountYuan the sum of their known amounts, 0 when none is known
	 */
	record Total(String key, long measures, long amountYuan) {
	}

	/**
	 * A count of measures and the sum of their known amounts.
	 *
	 * @param measures how many measures
	 * @param amountYuan the sum of their known amounts, 0 when none is known
	 */
	record Sum(long measures, long amountYuan) {

		static final Sum ZERO = new Sum(0, 0);

		Sum plus(MeasureFacets measure) {
			long amount = (measure.amountYuan() != null) ? measure.amountYuan() : 0;
			return new Sum(this.measures + 1, this.amountYuan + amount);
		}

	}

}

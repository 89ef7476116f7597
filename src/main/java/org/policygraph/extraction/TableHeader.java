package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header row of a table flattened to text ({@code 序号 综合体名称 所在地 产业领域 建设主体（依托单位）}): its columns
 * and which of them holds the names the rows are about.
 *
 * @param columns the columns in order
 * @param name index of the column of the names
 */
record TableHeader(List<TableColumn> columns, int name) {

	private static final int MIN_WIDTH = 3;

	/** A column label: a few characters, no figures, no sentence punctuation. */
	private static final String LABEL = "[^\\d，。；,;.]{1,12}";

	TableHeader {
		columns = List.copyOf(columns);
	}

	/**
	 * The header a row of short labels without figures is, if it has a name column (企业名称, 园区名称, or else the
	 * first party column such as 申报单位) and either starts with a number column (序号) or types another column.
	 */
	static Optional<TableHeader> of(List<Sentence> cells, Lexicons lexicons) {
		if (cells.size() < MIN_WIDTH || cells.stream().anyMatch((cell) -> !cell.text().matches(LABEL))) {
			return Optional.empty();
		}
		List<TableColumn> columns = cells.stream().map((cell) -> TableColumn.of(cell.text(), lexicons)).toList();
		int name = indexOf(columns, TableColumn.Kind.NAME);
		if (name < 0) {
			name = indexOf(columns, TableColumn.Kind.PARTY);
		}
		int typed = (int) columns.stream().filter((column) -> !column.is(TableColumn.Kind.OTHER)).count();
		boolean numbered = columns.get(0).is(TableColumn.Kind.NUMBER);
		if (name < 0 || !numbered && typed < 2) {
			return Optional.empty();
		}
		return Optional.of(new TableHeader(columns, name));
	}

	private static int indexOf(List<TableColumn> columns, TableColumn.Kind kind) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).is(kind)) {
				return i;
			}
		}
		return -1;
	}

	int width() {
		return this.columns.size();
	}

	boolean numbered() {
		return this.columns.get(0).is(TableColumn.Kind.NUMBER);
	}

	/** The column that holds the names. */
	TableColumn nameColumn() {
		return this.columns.get(this.name);
	}

	/** Index of the first column of the given kind, or -1. */
	int indexOf(TableColumn.Kind kind) {
		return indexOf(this.columns, kind);
	}

	/** Index of the last place column (县（市、区） after 设区市: the most specific), or -1. */
	int place() {
		for (int i = this.columns.size() - 1; i >= 0; i--) {
			if (this.columns.get(i).is(TableColumn.Kind.PLACE)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The cells of a line that is a row of this table (no more cells than columns; numbered when the header numbers
	 * its rows, and then only untyped columns such as 备注 may be left blank at the end), padded with empty cells to
	 * the header's width.
	 */
	Optional<List<Sentence>> row(List<Sentence> cells) {
		boolean numberedRow = numbered() && !cells.isEmpty() && cells.get(0).text().matches("\\d+[.、．]?");
		if (cells.size() > width() || cells.size() <= lastTyped() || numbered() && !numberedRow
				|| !numbered() && cells.size() < width()) {
			return Optional.empty();
		}
		List<Sentence> row = new ArrayList<>(cells);
		int end = cells.get(cells.size() - 1).end();
		while (row.size() < width()) {
			row.add(new Sentence("", end, end));
		}
		return Optional.of(row);
	}

	private int lastTyped() {
		int last = 0;
		for (int i = 0; i < this.columns.size(); i++) {
			last = this.columns.get(i).is(TableColumn.Kind.OTHER) ? last : i;
		}
		return last;
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a line of a table flattened to text into its cells (separated by tabs, spaces or bars) and a cell into the
 * names it lists (separated by 、 or commas, placeholders such as — left out), keeping document offsets.
 */
final class TableCells {

	private static final Pattern CELL_GAP = Pattern.compile("[\\t \\u3000|｜]+");

	private static final Pattern ITEM_GAP = Pattern.compile("[、，,；;/／]");

	private static final Pattern NAME = Pattern.compile(".*\\p{IsHan}.*\\p{IsHan}.*");

	/** 温岭市人民政府（浙江利欧泵业检测研究院）: a name with another in brackets after it. */
	private static final Pattern BRACKETED = Pattern.compile("([^（）()]{2,})[（(]([^（）()]{2,})[）)]");

	private TableCells() {
	}

	/** The cells of a line; in a line with tabs, each tab ends a cell, so that a blank cell keeps its place. */
	static List<Sentence> of(Sentence line) {
		String text = line.text().stripTrailing();
		if (text.indexOf('\t') < 0) {
			return pieces(line, CELL_GAP);
		}
		List<Sentence> cells = new ArrayList<>();
		int from = 0;
		for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', from)) {
			cells.add(trimmed(line, from, tab));
			from = tab + 1;
		}
		cells.add(trimmed(line, from, text.length()));
		return cells;
	}

	private static Sentence trimmed(Sentence line, int from, int to) {
		int start = from;
		int end = to;
		while (start < end && Character.isWhitespace(line.text().charAt(start)) || start < end
				&& line.text().charAt(start) == '\u3000') {
			start++;
		}
		while (end > start && Character.isWhitespace(line.text().charAt(end - 1))) {
			end--;
		}
		return piece(line, start, end);
	}

	/** The names a cell lists, leaving out placeholders such as — or / and stray single characters. */
	static List<Sentence> items(Sentence cell) {
		return pieces(cell, ITEM_GAP).stream().filter((item) -> NAME.matcher(item.text()).matches()).toList();
	}

	/** The names a party cell holds: each item, and a name in brackets after another as a name of its own. */
	static List<Sentence> parties(Sentence cell) {
		List<Sentence> parties = new ArrayList<>();
		for (Sentence item : items(cell)) {
			Matcher bracketed = BRACKETED.matcher(item.text());
			if (bracketed.matches()) {
				parties.add(piece(item, bracketed.start(1), bracketed.end(1)));
				parties.add(piece(item, bracketed.start(2), bracketed.end(2)));
			}
			else {
				parties.add(item);
			}
		}
		return parties;
	}

	private static List<Sentence> pieces(Sentence text, Pattern gap) {
		List<Sentence> pieces = new ArrayList<>();
		int from = 0;
		Matcher matcher = gap.matcher(text.text());
		while (matcher.find()) {
			if (from < matcher.start()) {
				pieces.add(piece(text, from, matcher.start()));
			}
			from = matcher.end();
		}
		if (from < text.text().length()) {
			pieces.add(piece(text, from, text.text().length()));
		}
		return pieces;
	}

	private static Sentence piece(Sentence text, int from, int to) {
		return new Sentence(text.text().substring(from, to), text.start() + from, text.start() + to);
	}

}

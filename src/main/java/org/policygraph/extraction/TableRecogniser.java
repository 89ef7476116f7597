package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tables flattened to text (附件 lists of selected enterprises or rated parks): a header row of column names
 * followed by rows whose cells are separated by tabs or spaces. Needs the analysed sentences of a whole document
 * (the header types the rows below it) and adds one mention per cell of a named column: 企业名称 and 运营主体 cells
 * are enterprises, 园区名称 cells parks, 所在地 cells regions, 主导产业 and 所属行业 cells industries (split at 、).
 */
class TableRecogniser {

	private static final Pattern CELL = Pattern.compile("[^\\s\\u3000]+");

	private static final Pattern INDUSTRY_ITEM = Pattern.compile("[^、，,/；]+");

	private static final Pattern INDUSTRY_SUFFIX = Pattern.compile("(产业|行业)$");

	private static final int MIN_COLUMNS = 3;

	/** Mentions per sentence, in the order of the sentences; sentences outside tables have none. */
	List<List<Mention>> recognise(List<AnalysedSentence> sentences) {
		List<List<Mention>> mentions = new ArrayList<>();
		List<Optional<EntityType>> columns = List.of();
		for (AnalysedSentence sentence : sentences) {
			List<int[]> cells = cells(sentence);
			List<Optional<EntityType>> header = header(sentence, cells);
			if (header.stream().anyMatch(Optional::isPresent)) {
				columns = header;
				mentions.add(List.of());
			}
			else if (!columns.isEmpty() && cells.size() == columns.size()) {
				mentions.add(row(sentence, cells, columns));
			}
			else {
				columns = List.of();
				mentions.add(List.of());
			}
		}
		return mentions;
	}

	private static List<int[]> cells(AnalysedSentence sentence) {
		List<int[]> cells = new ArrayList<>();
		Matcher cell = CELL.matcher(sentence.text());
		while (cell.find()) {
			cells.add(new int[] { sentence.start() + cell.start(), sentence.start() + cell.end() });
		}
		return cells;
	}

	private static List<Optional<EntityType>> header(AnalysedSentence sentence, List<int[]> cells) {
		if (cells.size() < MIN_COLUMNS) {
			return List.of();
		}
		return cells.stream().map((cell) -> columnType(sentence.slice(cell[0], cell[1]))).toList();
	}

	/** The type a column name gives its cells. */
	static Optional<EntityType> columnType(String column) {
		if (column.contains("运营主体") || column.contains("建设主体") || column.matches(".*(企业|公司)(名称|全称)")) {
			return Optional.of(EntityType.ENTERPRISE);
		}
		if (column.matches(".*(园区|小镇|基地|平台载体)(名称)?")) {
			return Optional.of(EntityType.PARK);
		}
		if (column.matches("(所在|所属)(地|地区|区域|县|县（市、区）|区县|市)?.*") && !column.contains("行业")
				&& !column.contains("产业")) {
			return Optional.of(EntityType.REGION);
		}
		if (column.matches(".*(产业|行业|领域)")) {
			return Optional.of(EntityType.INDUSTRY);
		}
		return Optional.empty();
	}

	private static List<Mention> row(AnalysedSentence sentence, List<int[]> cells, List<Optional<EntityType>> columns) {
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			int[] cell = cells.get(i);
			columns.get(i).ifPresent((type) -> mentions.addAll((type == EntityType.INDUSTRY)
					? industries(sentence, cell) : List.of(new Mention(type, sentence.slice(cell[0], cell[1]),
							cell[0], cell[1]))));
		}
		return mentions;
	}

	private static List<Mention> industries(AnalysedSentence sentence, int[] cell) {
		List<Mention> mentions = new ArrayList<>();
		Matcher item = INDUSTRY_ITEM.matcher(sentence.slice(cell[0], cell[1]));
		while (item.find()) {
			String name = item.group();
			String bare = INDUSTRY_SUFFIX.matcher(name).replaceFirst("");
			List<String> aliases = bare.equals(name) || bare.isEmpty() ? List.of() : List.of(name);
			mentions.add(new Mention(EntityType.INDUSTRY, bare.isEmpty() ? name : bare, aliases,
					cell[0] + item.start(), cell[0] + item.end()));
		}
		return mentions;
	}

}

package org.policygraph.extraction;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The header row of a table flattened to text ({@code 序号 园区名称 所在地 主导产业 …}): which column holds the name
 * and what type of entity it names, which the place, which the industries (-1 where there is none).
 *
 * @param width number of columns
 * @param name column of the names
 * @param nameType type of the named entities, or {@code null} when the header does not say
 * @param place column of the places, or -1
 * @param industry column of the industries, or -1
 * @param numbered whether the first column numbers the rows
 */
record TableHeader(int width, int name, EntityType nameType, int place, int industry, boolean numbered) {

	/** Types a table row can be about. */
	static final Set<EntityType> NAMED = Set.of(EntityType.ENTERPRISE, EntityType.PARK, EntityType.INSTITUTION);

	private static final int MIN_WIDTH = 3;

	/** A column label: a few characters, no figures, no sentence punctuation. */
	private static final String LABEL = "[^\\d，。；,;.]{1,12}";

	/**
	 * The header a row of short cells without figures is, if it has a name column and either starts with a number
	 * column (序号) or also has a place or industry column.
	 */
	static Optional<TableHeader> of(List<Sentence> cells) {
		if (cells.size() < MIN_WIDTH || cells.stream().anyMatch((cell) -> !cell.text().matches(LABEL))) {
			return Optional.empty();
		}
		boolean numbered = cells.get(0).text().matches("序号|编号|排名");
		int name = column(cells, "名称|企业|园区|单位|基地", numbered ? 1 : 0);
		int place = column(cells, "所在|地区|区域|属地|县（市、区）", 0);
		int industry = column(cells, "行业|产业|领域", 0);
		if (name < 0 || !numbered && place < 0 && industry < 0) {
			return Optional.empty();
		}
		return Optional.of(new TableHeader(cells.size(), name, typeNamed(cells.get(name).text()), place, industry,
				numbered));
	}

	private static int column(List<Sentence> cells, String words, int from) {
		for (int i = from; i < cells.size(); i++) {
			if (cells.get(i).text().matches(".*(" + words + ").*")) {
				return i;
			}
		}
		return -1;
	}

	private static EntityType typeNamed(String header) {
		if (header.matches(".*(园区|基地|小镇|园).*")) {
			return EntityType.PARK;
		}
		if (header.matches(".*(企业|公司).*")) {
			return EntityType.ENTERPRISE;
		}
		return header.matches(".*(机构|院所|高校).*") ? EntityType.INSTITUTION : null;
	}

}

package org.policygraph.extraction;

import java.util.Optional;
import java.util.Set;

/**
 * One column of a table flattened to text, read from its label in the header row: what its cells hold and, where the
 * label says, the type of entity they name ({@code 综合体名称} → parks, {@code 所在园区} → parks, {@code 所在地} →
 * regions). A {@code null} type means each cell is typed by its own head noun.
 *
 * @param kind what the cells hold
 * @param type the type of the entities the cells name, or {@code null}
 */
record TableColumn(Kind kind, EntityType type) {

	/** What the cells of a column hold. */
	enum Kind {

		/** 序号: numbers the rows. */
		NUMBER,
		/** 企业名称, 园区名称: the name of what the row is about. */
		NAME,
		/** 所在地, 所在园区: where it is. */
		PLACE,
		/** 所属行业, 主导产业, 产业领域: its industries. */
		INDUSTRY,
		/** 建设主体（依托单位）, 申报单位, 推荐单位: organisations that build, run or put it forward. */
		PARTY,
		/** 星级, 备注 and other labels that name nothing. */
		OTHER

	}

	private static final Set<EntityType> NAMED = Set.of(EntityType.ENTERPRISE, EntityType.PARK, EntityType.INSTITUTION);

	private static final String PARK_WORDS = ".*(园区|园|小镇|基地|平台|载体).*";

	static TableColumn of(String label, Lexicons lexicons) {
		if (label.matches("序号|编号|排名|排序")) {
			return new TableColumn(Kind.NUMBER, null);
		}
		if (label.matches(".*(名称|全称)")) {
			return new TableColumn(Kind.NAME, named(label.replaceFirst("(名称|全称)$", ""), lexicons));
		}
		if (label.matches("(所在|所属|归属).*|.*(地区|区域|属地|县（市、区）|区县|县市区|设区市|地市)")) {
			return place(label);
		}
		if (label.matches(".*(行业|产业|领域)")) {
			return new TableColumn(Kind.INDUSTRY, EntityType.INDUSTRY);
		}
		if (label.matches(".*(主体|单位)(（.*）)?")) {
			return new TableColumn(Kind.PARTY, null);
		}
		return label.matches("企业|园区|单位") ? new TableColumn(Kind.NAME, named(label, lexicons))
				: new TableColumn(Kind.OTHER, null);
	}

	/** 所在园区 places a row in a park; 所在地, 所属县（市、区） in a region; 所属行业 is no place at all. */
	private static TableColumn place(String label) {
		if (label.matches(".*(行业|产业|领域)")) {
			return new TableColumn(Kind.INDUSTRY, EntityType.INDUSTRY);
		}
		return new TableColumn(Kind.PLACE, label.matches(PARK_WORDS) ? EntityType.PARK : EntityType.REGION);
	}

	/** The type a name column's word gives its cells: 企业 and 公司 enterprises, else the type of its head noun. */
	private static EntityType named(String word, Lexicons lexicons) {
		if (word.matches(".*(企业|公司).*")) {
			return EntityType.ENTERPRISE;
		}
		if (word.matches(".*(机构|院所|高校).*")) {
			return EntityType.INSTITUTION;
		}
		Optional<EntityType> type = lexicons.typeOf(word).filter(NAMED::contains);
		return type.orElse(word.matches(PARK_WORDS) ? EntityType.PARK : null);
	}

	boolean is(Kind kind) {
		return this.kind == kind;
	}

}

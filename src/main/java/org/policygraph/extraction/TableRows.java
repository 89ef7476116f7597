package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mentions in the rows of a table flattened to text: a header row of column names followed by rows whose cells
 * are separated by tabs, spaces or bars. One mention per name in a typed column: a name column's cells typed by its
 * label (企业名称, 综合体名称) or else by their own head noun; places, a compound one (台州市温岭市) as one region per
 * division; industries split at 、; party cells (建设主体（依托单位）) typed by their own head nouns, a name in brackets
 * as a name of its own.
 */
class TableRows {

	private static final Pattern NOTED = Pattern.compile("(.{2,}?)[（(][^（）()]{1,12}[）)]");

	private static final Pattern INDUSTRY_SUFFIX = Pattern.compile("(产业|行业)$");

	private static final Set<EntityType> ORGANISATIONS = Set.of(EntityType.ENTERPRISE, EntityType.PARK,
			EntityType.INSTITUTION, EntityType.AGENCY);

	private final Lexicons lexicons;

	TableRows(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/** Mentions per sentence, in the order of the sentences: the cells of each row, nothing for other sentences. */
	List<List<Mention>> mentions(List<AnalysedSentence> sentences) {
		List<List<Mention>> mentions = new ArrayList<>();
		TableHeader table = null;
		for (AnalysedSentence sentence : sentences) {
			List<Sentence> cells = TableCells.of(sentence.sentence());
			Optional<TableHeader> header = TableHeader.of(cells, this.lexicons);
			Optional<List<Sentence>> row = (header.isPresent() || table == null) ? Optional.empty() : table.row(cells);
			if (row.isEmpty()) {
				table = header.orElse(null);
				mentions.add(List.of());
			}
			else {
				mentions.add(row(row.get(), table));
			}
		}
		return mentions;
	}

	private List<Mention> row(List<Sentence> cells, TableHeader header) {
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			TableColumn column = header.columns().get(i);
			Sentence cell = cells.get(i);
			if (cell.text().isBlank()) {
				continue;
			}
			switch (column.kind()) {
				case NAME -> typed(withoutNote(cell), column.type()).ifPresent(mentions::add);
				case PARTY -> TableCells.parties(cell).forEach((party) -> typed(party, null).ifPresent(mentions::add));
				case PLACE -> mentions.addAll(places(cell, column.type()));
				case INDUSTRY -> TableCells.items(cell).forEach((item) -> mentions.add(industry(item)));
				default -> {
				}
			}
		}
		return mentions;
	}

	/** 浙江某某有限公司（温岭市）: a note in brackets after a name with a head of its own is no part of the name. */
	private Sentence withoutNote(Sentence cell) {
		Matcher noted = NOTED.matcher(cell.text());
		if (!noted.matches() || this.lexicons.typeOf(noted.group(1)).filter(ORGANISATIONS::contains).isEmpty()) {
			return cell;
		}
		return new Sentence(noted.group(1), cell.start(), cell.start() + noted.end(1));
	}

	/**
	 * A name of the given type, or of the type its own head noun gives it when no type is given; a company's suffix
	 * outranks the column's word (机构名称 of 嘉兴…园区运营管理有限公司).
	 */
	private Optional<Mention> typed(Sentence name, EntityType type) {
		Optional<EntityType> own = this.lexicons.typeOf(name.text()).filter(ORGANISATIONS::contains);
		Optional<EntityType> found = own.filter((it) -> it == EntityType.ENTERPRISE)
			.or(() -> Optional.ofNullable(type))
			.or(() -> own);
		return found.map((it) -> new Mention(it, name.text(), name.start(), name.end()));
	}

	/** The places of a place column; a cell whose own head is a park's (丽水经开区 under 所在地) names a park. */
	private List<Mention> places(Sentence cell, EntityType type) {
		List<Mention> places = new ArrayList<>();
		for (Sentence item : TableCells.items(cell)) {
			EntityType own = this.lexicons.typeOf(item.text()).filter(EntityType.PARK::equals).orElse(type);
			List<Sentence> parts = (own == EntityType.REGION) ? CompoundPlace.parts(item, this.lexicons)
					: List.of(item);
			parts.forEach((part) -> places.add(new Mention(own, part.text(), part.start(), part.end())));
		}
		return places;
	}

	private static Mention industry(Sentence item) {
		String name = item.text();
		String bare = INDUSTRY_SUFFIX.matcher(name).replaceFirst("");
		if (bare.isEmpty()) {
			return new Mention(EntityType.INDUSTRY, name, item.start(), item.end());
		}
		List<String> aliases = bare.equals(name) ? List.of() : List.of(name);
		return new Mention(EntityType.INDUSTRY, bare, aliases, item.start(), item.end());
	}

}

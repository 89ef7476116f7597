package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Relations stated by the rows of a table flattened to text (needs the document's sentences with their mentions, adds
 * relations): under a header row such as {@code 序号 企业名称 所在县（市、区） 所属行业}, each row is one clause that lists
 * its name in the list the table's heading names (LISTED_IN), places it in the most specific division of its place
 * column (LOCATED_IN 温岭市 for 台州市温岭市) or in the park of a 所在园区 column, and gives it the industries of its
 * industry column (IN_INDUSTRY for enterprises, FOCUSES_ON for parks). Party columns (建设主体) state no relation.
 * Lists written one name a line are read by {@link ListLines}.
 */
class TableRelations {

	private static final Set<EntityType> NAMED = Set.of(EntityType.ENTERPRISE, EntityType.PARK, EntityType.INSTITUTION);

	private final Lexicons lexicons;

	private final ListLines listLines = new ListLines();

	TableRelations(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	List<Relation> extract(List<MentionedSentence> sentences, String documentId) {
		List<Relation> relations = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			Optional<TableHeader> header = TableHeader.of(TableCells.of(sentences.get(i).sentence()), this.lexicons);
			if (header.isEmpty()) {
				continue;
			}
			EntityRef list = TableHeading.list(sentences, i);
			for (int j = i + 1; j < sentences.size(); j++) {
				Optional<List<Sentence>> cells = header.get().row(TableCells.of(sentences.get(j).sentence()));
				if (cells.isEmpty()) {
					break;
				}
				relations.addAll(row(sentences.get(j), cells.get(), header.get(), list, documentId));
			}
		}
		relations.addAll(this.listLines.extract(sentences, documentId));
		return relations;
	}

	private static List<Relation> row(MentionedSentence sentence, List<Sentence> cells, TableHeader header,
			EntityRef list, String documentId) {
		int party = header.indexOf(TableColumn.Kind.PARTY);
		Optional<EntityRef> named = subject(sentence, cells.get(header.name()), header.nameColumn().type())
			.or(() -> (party < 0) ? Optional.empty() : subject(sentence, cells.get(party), null));
		if (named.isEmpty()) {
			return List.of();
		}
		EntityRef subject = named.get();
		Evidence evidence = sentence.sentence().evidence(documentId);
		List<Relation> relations = new ArrayList<>();
		if (list != null) {
			relations.add(new Relation(RelationType.LISTED_IN, subject, list, evidence));
		}
		int place = header.place();
		if (place >= 0) {
			EntityType type = header.columns().get(place).type();
			TableCells.items(cells.get(place))
				.forEach((item) -> relations.add(new Relation(RelationType.LOCATED_IN, subject,
						last(sentence, item, EnumSet.of(type, EntityType.PARK), type), evidence)));
		}
		int industry = header.indexOf(TableColumn.Kind.INDUSTRY);
		if (industry >= 0) {
			RelationType type = (subject.type() == EntityType.PARK) ? RelationType.FOCUSES_ON
					: RelationType.IN_INDUSTRY;
			TableCells.items(cells.get(industry))
				.forEach((item) -> relations.add(new Relation(type, subject,
						last(sentence, item, Set.of(EntityType.INDUSTRY), EntityType.INDUSTRY), evidence)));
		}
		return relations;
	}

	/**
	 * The entity the name cell holds: the longest recognised name in it, else the cell typed by its column. A row whose
	 * name is no entity (a 项目名称) is about the first party that put it forward (申报单位).
	 */
	private static Optional<EntityRef> subject(MentionedSentence sentence, Sentence cell, EntityType columnType) {
		Optional<Mention> named = sentence.ofTypes(NAMED)
			.stream()
			.filter((mention) -> within(mention, cell))
			.max(Comparator.comparingInt(Mention::length));
		if (named.isPresent()) {
			return named.map(sentence::ref);
		}
		return Optional.ofNullable(columnType)
			.filter((type) -> TableCells.items(cell).size() == 1)
			.map((type) -> new EntityRef(type, cell.text()));
	}

	/**
	 * The last entity of the given types recognised in a cell (温岭市 of 台州市温岭市, or the park a place column names),
	 * else the cell's text as the column's type.
	 */
	private static EntityRef last(MentionedSentence sentence, Sentence cell, Set<EntityType> types, EntityType type) {
		return sentence.ofTypes(types)
			.stream()
			.filter((mention) -> within(mention, cell))
			.reduce((first, second) -> second)
			.map(sentence::ref)
			.orElseGet(() -> new EntityRef(type, cell.text()));
	}

	private static boolean within(Mention mention, Sentence cell) {
		return mention.start() >= cell.start() && mention.end() <= cell.end();
	}

}

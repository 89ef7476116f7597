package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Relations stated by the rows of a table flattened to text (needs the document's sentences with their mentions, adds
 * relations): under a header row such as {@code 序号 企业名称 所在县（市、区） 所属行业}, each numbered row is one clause
 * that lists its name in the list the table's heading names (LISTED_IN), places it in the region of its place column
 * (LOCATED_IN) and gives it the industries of its industry column (IN_INDUSTRY for enterprises, FOCUSES_ON for parks).
 */
class TableRelations {

	private static final Pattern CELL_GAP = Pattern.compile("[\\t \\u3000|｜]+");

	private static final Pattern ITEMS = Pattern.compile("[、，,；;/]");

	private static final Pattern NAME = Pattern.compile(".*\\p{IsHan}.*\\p{IsHan}.*");

	private static final int HEADING_DISTANCE = 3;

	private static final Pattern LIST_TITLE = Pattern.compile("[^，。；：:,;]{2,40}(?:名单|名录|目录|清单)");

	List<Relation> extract(List<MentionedSentence> sentences, String documentId) {
		List<Relation> relations = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			Optional<TableHeader> header = TableHeader.of(cells(sentences.get(i).sentence()));
			if (header.isEmpty()) {
				continue;
			}
			EntityRef list = heading(sentences, i);
			for (int j = i + 1; j < sentences.size() && isRow(sentences.get(j), header.get()); j++) {
				relations.addAll(row(sentences.get(j), header.get(), list, documentId));
			}
		}
		return relations;
	}

	/**
	 * The list the table gives: the programme named in the lines just above the header, else a line there that names a
	 * list by itself (…名单, …目录), else {@code null}.
	 */
	private static EntityRef heading(List<MentionedSentence> sentences, int header) {
		for (int i = header - 1; i >= Math.max(0, header - HEADING_DISTANCE); i--) {
			List<Mention> programmes = sentences.get(i).ofTypes(Set.of(EntityType.PROGRAMME));
			if (!programmes.isEmpty()) {
				return sentences.get(i).ref(programmes.get(programmes.size() - 1));
			}
			String line = sentences.get(i).sentence().text();
			if (LIST_TITLE.matcher(line).matches()) {
				return new EntityRef(EntityType.PROGRAMME, line);
			}
		}
		return null;
	}

	private static boolean isRow(MentionedSentence sentence, TableHeader header) {
		List<Sentence> cells = cells(sentence.sentence());
		return cells.size() == header.width() && (!header.numbered() || cells.get(0).text().matches("\\d+"));
	}

	private static List<Relation> row(MentionedSentence sentence, TableHeader header, EntityRef list, String documentId) {
		List<Sentence> cells = cells(sentence.sentence());
		Optional<EntityRef> named = subject(sentence, cells.get(header.name()), header.nameType());
		if (named.isEmpty()) {
			return List.of();
		}
		EntityRef subject = named.get();
		Evidence evidence = sentence.sentence().evidence(documentId);
		List<Relation> relations = new ArrayList<>();
		if (list != null) {
			relations.add(new Relation(RelationType.LISTED_IN, subject, list, evidence));
		}
		if (header.place() >= 0) {
			for (Sentence place : items(cells.get(header.place()))) {
				relations.add(new Relation(RelationType.LOCATED_IN, subject, cell(sentence, place, EntityType.REGION),
						evidence));
			}
		}
		if (header.industry() >= 0) {
			RelationType type = (subject.type() == EntityType.PARK) ? RelationType.FOCUSES_ON : RelationType.IN_INDUSTRY;
			for (Sentence industry : items(cells.get(header.industry()))) {
				relations.add(new Relation(type, subject, cell(sentence, industry, EntityType.INDUSTRY), evidence));
			}
		}
		return relations;
	}

	/** The entity the name cell holds: the recognised name that fills it, else the cell typed by its column. */
	private static Optional<EntityRef> subject(MentionedSentence sentence, Sentence cell, EntityType columnType) {
		for (Mention mention : sentence.mentions()) {
			if (mention.start() == cell.start() && mention.end() == cell.end()
					&& TableHeader.NAMED.contains(mention.type())) {
				return Optional.of(sentence.ref(mention));
			}
		}
		return Optional.ofNullable(columnType)
			.filter((type) -> NAME.matcher(cell.text()).matches())
			.map((type) -> new EntityRef(type, cell.text()));
	}

	/** The entity of the given type that fills a cell, as recognised, else the cell's text under that type. */
	private static EntityRef cell(MentionedSentence sentence, Sentence cell, EntityType type) {
		return sentence.ofTypes(Set.of(type))
			.stream()
			.filter((mention) -> mention.start() == cell.start() && mention.end() == cell.end())
			.findFirst()
			.map(sentence::ref)
			.orElseGet(() -> new EntityRef(type, cell.text()));
	}

	private static List<Sentence> cells(Sentence line) {
		return pieces(line, CELL_GAP);
	}

	/** The names a cell lists, leaving out placeholders such as — or / and stray single characters. */
	private static List<Sentence> items(Sentence cell) {
		return pieces(cell, ITEMS).stream().filter((item) -> NAME.matcher(item.text()).matches()).toList();
	}

	private static List<Sentence> pieces(Sentence text, Pattern gap) {
		List<Sentence> pieces = new ArrayList<>();
		int from = 0;
		var matcher = gap.matcher(text.text());
		while (matcher.find()) {
			addPiece(pieces, text, from, matcher.start());
			from = matcher.end();
		}
		addPiece(pieces, text, from, text.text().length());
		return pieces;
	}

	private static void addPiece(List<Sentence> pieces, Sentence text, int from, int to) {
		if (from < to) {
			pieces.add(new Sentence(text.text().substring(from, to), text.start() + from, text.start() + to));
		}
	}

}

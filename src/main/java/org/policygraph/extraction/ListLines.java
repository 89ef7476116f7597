package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations of a list written line by line under its title (needs the document's sentences with their mentions,
 * adds relations): after {@code 附件：2023年度…名单} or a line that is a list's name, each enterprise, park or
 * institution of a line that holds only such names ({@code 1. 台州恒锐精密模具有限公司},
 * {@code 五星级园区（2个）：A、B}) is LISTED_IN that list;
 * group headings ({@code 一、五星级园区（3个）}) and numbers the splitter cut off ({@code 1.}) are passed over, any other
 * line ends the list.
 */
class ListLines {

	private static final Set<EntityType> NAMED = Set.of(EntityType.ENTERPRISE, EntityType.PARK, EntityType.INSTITUTION);

	private static final Pattern ANNEX = Pattern.compile("^附件\\d*[：:]?\\s*");

	private static final Pattern LIST_TITLE = Pattern.compile("[^，。；：:,;\\s]{2,40}(?:名单|名录|目录|清单|培育库)");

	private static final Pattern NUMBERING = Pattern
		.compile("^[\\s\\u3000]*(?:\\d{1,3}|[（(]\\d{1,3}[）)])[.、．]?[\\s\\u3000]*");

	/** What opens a line of names: its number, or a label such as 五星级园区（3个）：. */
	private static final Pattern LEAD = Pattern.compile(
			"[\\s\\u3000]*(?:(?:\\d{1,3}|[（(]\\d{1,3}[）)])[.、．]?|[^，。；：:]{1,20}[：:])[\\s\\u3000]*");

	/** What may follow a name: a note in brackets (the place), then a separator before the next name (group 1). */
	private static final Pattern AFTER_NAME = Pattern
		.compile("[\\s\\u3000]*(?:[（(][^（）()]{1,20}[）)])?[\\s\\u3000]*(?:([、，,；;])[\\s\\u3000]*|[。；;]?[\\s\\u3000]*$)");

	private static final Pattern GROUP_HEADING = Pattern
		.compile("[\\s\\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]).{1,20}|.{1,20}[（(]\\d+[个家项][）)]");

	List<Relation> extract(List<MentionedSentence> sentences, String documentId) {
		List<Relation> relations = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			EntityRef list = title(sentences.get(i));
			for (int j = i + 1; list != null && j < sentences.size(); j++) {
				MentionedSentence line = sentences.get(j);
				List<EntityRef> items = items(line);
				if (!items.isEmpty()) {
					items.forEach((item) -> relations.add(new Relation(RelationType.LISTED_IN, item, list,
							line.sentence().evidence(documentId))));
				}
				else if (!GROUP_HEADING.matcher(line.sentence().text()).matches()
						&& !NUMBERING.matcher(line.sentence().text()).matches()) {
					break;
				}
			}
		}
		return relations;
	}

	/** The list a line names by itself (附件：X名单, X名录), or {@code null}. */
	private static EntityRef title(MentionedSentence line) {
		String text = ANNEX.matcher(line.sentence().text().strip()).replaceFirst("");
		if (!LIST_TITLE.matcher(text).matches()) {
			return null;
		}
		return line.ofTypes(Set.of(EntityType.PROGRAMME))
			.stream()
			.filter((mention) -> mention.length() == text.length())
			.findFirst()
			.map(line::ref)
			.orElseGet(() -> new EntityRef(EntityType.PROGRAMME, text));
	}

	/**
	 * The names a numbered, labelled or bare line lists (1. 某某有限公司（温岭市）; 五星级园区（2个）：A、B), if the line
	 * holds nothing else but notes in brackets and separators; else none.
	 */
	private static List<EntityRef> items(MentionedSentence line) {
		Matcher lead = LEAD.matcher(line.sentence().text());
		int at = line.sentence().start() + (lead.lookingAt() ? lead.end() : 0);
		List<EntityRef> items = new ArrayList<>();
		while (true) {
			Optional<Mention> name = nameAt(line, at);
			if (name.isEmpty()) {
				return List.of();
			}
			items.add(line.ref(name.get()));
			Matcher after = AFTER_NAME.matcher(line.between(name.get().end(), line.sentence().end()));
			if (!after.lookingAt()) {
				return List.of();
			}
			if (after.group(1) == null) {
				return items;
			}
			at = name.get().end() + after.end();
		}
	}

	private static Optional<Mention> nameAt(MentionedSentence line, int at) {
		return line.ofTypes(NAMED).stream().filter((mention) -> mention.start() == at).findFirst();
	}

}

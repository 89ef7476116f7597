package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations of a list written one name a line under its title (needs the document's sentences with their mentions,
 * adds relations): after {@code 附件：2023年度…名单} or a line that is a list's name, each line that holds one enterprise,
 * park or institution ({@code 1. 台州恒锐精密模具有限公司}, {@code 瓯海智造小微企业园（瓯海区）}) is LISTED_IN that list;
 * group headings ({@code 一、五星级园区（3个）}) and numbers the splitter cut off ({@code 1.}) are passed over, any other
 * line ends the list.
 */
class ListLines {

	private static final Set<EntityType> NAMED = Set.of(EntityType.ENTERPRISE, EntityType.PARK, EntityType.INSTITUTION);

	private static final Pattern ANNEX = Pattern.compile("^附件\\d*[：:]?\\s*");

	private static final Pattern LIST_TITLE = Pattern.compile("[^，。；：:,;\\s]{2,40}(?:名单|名录|目录|清单|培育库)");

	private static final Pattern NUMBERING = Pattern
		.compile("^[\\s\\u3000]*(?:\\d{1,3}|[（(]\\d{1,3}[）)])[.、．]?[\\s\\u3000]*");

	/** What may follow a name on its line: a note in brackets, such as the place. */
	private static final Pattern NOTE = Pattern.compile("[\\s\\u3000]*(?:[（(][^（）()]{1,20}[）)])?[\\s\\u3000]*");

	private static final Pattern GROUP_HEADING = Pattern
		.compile("[\\s\\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]).{1,20}|.{1,20}[（(]\\d+[个家项][）)]");

	List<Relation> extract(List<MentionedSentence> sentences, String documentId) {
		List<Relation> relations = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			EntityRef list = title(sentences.get(i));
			for (int j = i + 1; list != null && j < sentences.size(); j++) {
				MentionedSentence line = sentences.get(j);
				Optional<EntityRef> item = item(line);
				if (item.isPresent()) {
					relations.add(new Relation(RelationType.LISTED_IN, item.get(), list,
							line.sentence().evidence(documentId)));
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

	/** The one name a numbered or bare line holds, if the line holds nothing else but a note in brackets. */
	private static Optional<EntityRef> item(MentionedSentence line) {
		String text = line.sentence().text();
		Matcher numbering = NUMBERING.matcher(text);
		int from = line.sentence().start() + (numbering.lookingAt() ? numbering.end() : 0);
		for (Mention mention : line.ofTypes(NAMED)) {
			if (mention.start() == from && NOTE.matcher(line.between(mention.end(), line.sentence().end())).matches()) {
				return Optional.of(line.ref(mention));
			}
		}
		return Optional.empty();
	}

}

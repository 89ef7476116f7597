package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short forms a document defines for a name (江西永修云山经济开发区（以下简称“云山经开区”）): the short form becomes an
 * alias of the name, and its later bare occurrences that no recogniser named become mentions of the same entity
 * (needs the mentions of every sentence, adds aliases and mentions).
 */
class DefinedShortForms {

	private static final Pattern DEFINITION = Pattern.compile("^（(?:以下简称|以下称|下称|简称)[“\"]?([^”\"（）]{2,12})[”\"]?）");

	/** Applies the document's definitions to the mentions of each sentence, in place. */
	void apply(List<AnalysedSentence> sentences, List<List<Mention>> mentions) {
		List<Mention> defined = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			List<Mention> sentence = mentions.get(i);
			for (int j = 0; j < sentence.size(); j++) {
				Mention mention = sentence.get(j);
				String after = sentences.get(i).text().substring(mention.end() - sentences.get(i).start());
				Matcher definition = DEFINITION.matcher(after);
				if (definition.find() && !mention.aliases().contains(definition.group(1))) {
					List<String> aliases = new ArrayList<>(mention.aliases());
					aliases.add(definition.group(1));
					sentence.set(j, new Mention(mention.type(), mention.name(), aliases, mention.start(), mention.end()));
					defined.add(new Mention(mention.type(), definition.group(1), mention.end(),
							mention.end() + definition.end()));
				}
			}
		}
		defined.forEach((shortForm) -> addOccurrences(sentences, mentions, shortForm));
	}

	/**
	 * Each occurrence of the short form after its definition (the span of the shortForm) that no mention covers but
	 * names inside it (the sector word 电气 of 华瓯电气), which it replaces.
	 */
	private static void addOccurrences(List<AnalysedSentence> sentences, List<List<Mention>> mentions, Mention shortForm) {
		for (int i = 0; i < sentences.size(); i++) {
			AnalysedSentence sentence = sentences.get(i);
			int at = sentence.text().indexOf(shortForm.name());
			while (at >= 0) {
				int start = sentence.start() + at;
				Mention occurrence = new Mention(shortForm.type(), shortForm.name(), start,
						start + shortForm.name().length());
				boolean named = mentions.get(i).stream()
					.anyMatch((other) -> other.overlaps(occurrence) && !TradeNames.inside(other, occurrence));
				if (start >= shortForm.end() && !named) {
					mentions.get(i).removeIf((other) -> TradeNames.inside(other, occurrence));
					mentions.get(i).add(occurrence);
					mentions.get(i).sort(Comparator.comparingInt(Mention::start));
				}
				at = sentence.text().indexOf(shortForm.name(), at + 1);
			}
		}
	}

}

package org.policygraph.extraction;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sector keeps the modifiers the document names it with: where a recogniser found only the lexicon word (医药 of
 * 健康医药领域3家) and the text before it completes a sector the document names elsewhere (健康医药), the mention is
 * that sector (needs the mentions of every sentence, widens industry mentions in place).
 */
final class SectorsAsNamed {

	private SectorsAsNamed() {
	}

	/** Widens each industry mention to the longest sector of the document the text ending at it spells. */
	static void apply(List<AnalysedSentence> sentences, List<List<Mention>> mentions) {
		Set<String> sectors = mentions.stream()
			.flatMap(List::stream)
			.filter((mention) -> mention.type() == EntityType.INDUSTRY)
			.map(Mention::name)
			.collect(Collectors.toSet());
		for (int i = 0; i < sentences.size(); i++) {
			List<Mention> sentence = mentions.get(i);
			for (int j = 0; j < sentence.size(); j++) {
				Mention mention = sentence.get(j);
				if (mention.type() == EntityType.INDUSTRY) {
					sentence.set(j, widened(sentences.get(i), sentence, mention, sectors));
				}
			}
		}
	}

	/** 陶瓷产业 of 先进陶瓷产业: the suffixed form follows the sector. */
	private static List<String> aliases(Mention mention, String sector) {
		return mention.aliases().stream()
			.map((alias) -> alias.startsWith(mention.name()) ? sector + alias.substring(mention.name().length()) : alias)
			.toList();
	}

	private static Mention widened(AnalysedSentence sentence, List<Mention> mentions, Mention mention, Set<String> sectors) {
		int nameEnd = mention.start() + mention.name().length();
		String before = sentence.slice(sentence.start(), nameEnd);
		return sectors.stream()
			.filter((sector) -> sector.length() > mention.name().length() && sector.endsWith(mention.name())
					&& before.endsWith(sector))
			.max(Comparator.comparingInt(String::length))
			.map((sector) -> new Mention(EntityType.INDUSTRY, sector, aliases(mention, sector), nameEnd - sector.length(),
					mention.end()))
			.filter((wide) -> mentions.stream().noneMatch((other) -> other != mention && other.overlaps(wide)))
			.orElse(mention);
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Trade names by which a document refers back to a company it names in full (福建锦程纺织股份有限公司 … 锦程纺织、凯瑞服饰入选…):
 * the four characters that follow the company's place, found elsewhere in the document, are an alias of the company,
 * and their occurrences that no recogniser named (or named only in part: 电气 of 华瓯电气) are mentions of it (needs the mentions of every sentence, adds aliases
 * and mentions). A trade name two companies share names neither; one that ends with a head noun (产业平台 of
 * 江山市产业平台开发建设集团有限公司) is a common phrase.
 */
class TradeNames {

	private static final int LENGTH = 4;

	private static final int PLACE = 6;

	private static final Pattern LEGAL_FORM = Pattern.compile(".{4,}(?:有限公司|有限责任公司|集团)$");

	private static final Pattern NOT_A_TRADE_NAME = Pattern.compile(".*(?:有限|公司|股份|集团|[省市县区镇]).*");

	private final Lexicons lexicons;

	TradeNames(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/** Finds the trade names of the document's companies and applies them to the mentions of each sentence, in place. */
	void apply(List<AnalysedSentence> sentences, List<List<Mention>> mentions) {
		List<String> places = mentions.stream()
			.flatMap(List::stream)
			.filter((mention) -> mention.type() == EntityType.REGION)
			.map(Mention::name)
			.toList();
		String text = sentences.stream().map(AnalysedSentence::text).collect(Collectors.joining("\n"));
		Map<String, String> companies = new HashMap<>();
		Map<String, Long> shared = new HashMap<>();
		mentions.stream()
			.flatMap(List::stream)
			.filter((mention) -> mention.type() == EntityType.ENTERPRISE && LEGAL_FORM.matcher(mention.name()).matches())
			.map(Mention::name)
			.distinct()
			.forEach((company) -> tradeName(company, places, text).ifPresent((trade) -> {
				companies.put(trade, company);
				shared.merge(trade, 1L, Long::sum);
			}));
		companies.keySet().removeIf((trade) -> shared.get(trade) > 1);
		companies.forEach((trade, company) -> applyTo(sentences, mentions, trade, company));
	}

	/** The four characters after the company's place (or its start) that the text also writes apart from it. */
	private Optional<String> tradeName(String company, List<String> places, String text) {
		for (int at = 0; at <= Math.min(PLACE, company.length() - LENGTH - 2); at++) {
			String trade = company.substring(at, at + LENGTH);
			if (endsPlace(company.substring(0, at), places) && !NOT_A_TRADE_NAME.matcher(trade).matches()
					&& !this.lexicons.industries().contains(trade) && this.lexicons.typeOf(trade).isEmpty()
					&& text.replace(company, "").contains(trade)) {
				return Optional.of(trade);
			}
		}
		return Optional.empty();
	}

	private boolean endsPlace(String prefix, List<String> places) {
		return prefix.isEmpty() || prefix.matches(".+[省市县区]") || this.lexicons.regions().contains(prefix)
				|| this.lexicons.regionShortForms().containsKey(prefix)
				|| prefix.length() >= 2 && places.stream().anyMatch((place) -> place.startsWith(prefix));
	}

	private static void applyTo(List<AnalysedSentence> sentences, List<List<Mention>> mentions, String trade,
			String company) {
		for (int i = 0; i < sentences.size(); i++) {
			List<Mention> sentence = mentions.get(i);
			sentence.replaceAll((mention) -> mention.name().equals(company) ? withAlias(mention, trade) : mention);
			String text = sentences.get(i).text();
			for (int at = text.indexOf(trade); at >= 0; at = text.indexOf(trade, at + 1)) {
				int start = sentences.get(i).start() + at;
				Mention occurrence = new Mention(EntityType.ENTERPRISE, trade, start, start + LENGTH);
				if (sentence.stream().noneMatch((other) -> other.overlaps(occurrence) && !inside(other, occurrence))) {
					sentence.removeIf((other) -> inside(other, occurrence));
					sentence.add(occurrence);
				}
			}
			sentence.sort(Comparator.comparingInt(Mention::start));
		}
	}

	/** Whether a mention lies inside a trade name's occurrence, as the sector word 电气 in 华瓯电气: the name outranks it. */
	static boolean inside(Mention mention, Mention occurrence) {
		return mention.length() < occurrence.length() && occurrence.start() <= mention.start()
				&& mention.end() <= occurrence.end();
	}

	private static Mention withAlias(Mention mention, String alias) {
		if (mention.aliases().contains(alias)) {
			return mention;
		}
		List<String> aliases = new ArrayList<>(mention.aliases());
		aliases.add(alias);
		return new Mention(mention.type(), mention.name(), aliases, mention.start(), mention.end());
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * Short forms a document uses for a firm it names in full without defining them: the trade name and the start of
 * the business (瑞安市安驰电机有限公司 → 安驰电机, 浙江恒邦户外用品有限公司 → 恒邦户外) or the trade name and 集团
 * (浙江鸿跃汽车部件集团有限公司 → 鸿跃集团). Their occurrences that no other name covers become mentions of the firm
 * (needs the mentions of every sentence, adds mentions).
 */
class TradeNameShortForms {

	private static final Pattern LEGAL_FORM = Pattern.compile("(?:集团)?(?:股份)?有限(?:责任)?公司$");

	private static final Pattern COUNTY_CITY = Pattern.compile("^\\p{IsHan}{2}[市县]");

	private static final int SHORTEST = 4;

	private static final Set<String> COMMON_WORDS = Set.of("n", "vn");

	private final Lexicons lexicons;

	TradeNameShortForms(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/** Adds the occurrences of each firm's short forms to the mentions of each sentence, in place. */
	void apply(List<AnalysedSentence> sentences, List<List<Mention>> mentions) {
		Map<String, String> cores = cores(mentions);
		if (cores.isEmpty()) {
			return;
		}
		for (int i = 0; i < sentences.size(); i++) {
			for (Mention occurrence : occurrences(sentences.get(i), cores)) {
				List<Mention> sentence = mentions.get(i);
				if (sentence.stream()
					.allMatch((mention) -> !mention.overlaps(occurrence) || isReplaceable(mention, occurrence))) {
					sentence.removeIf(occurrence::overlaps);
					sentence.add(occurrence);
					sentence.sort(Comparator.comparingInt(Mention::start));
				}
			}
		}
	}

	/** A firm's short form seen alone, or a sector or place word inside the short form, gives way to it. */
	private static boolean isReplaceable(Mention mention, Mention occurrence) {
		boolean inside = mention.start() >= occurrence.start() && mention.end() <= occurrence.end();
		return inside && (mention.type() == EntityType.ENTERPRISE || mention.type() == EntityType.INDUSTRY
				|| mention.type() == EntityType.REGION);
	}

	/** Full names by their core (the name without place and legal form); cores two firms share are left out. */
	private Map<String, String> cores(List<List<Mention>> mentions) {
		Map<String, String> cores = new HashMap<>();
		mentions.stream()
			.flatMap(List::stream)
			.filter((mention) -> mention.type() == EntityType.ENTERPRISE)
			.map(Mention::name)
			.distinct()
			.forEach((name) -> core(name).ifPresent((core) -> cores.merge(core, name, (a, b) -> a.equals(b) ? a : "")));
		cores.values().removeIf(String::isEmpty);
		return cores;
	}

	private Optional<String> core(String name) {
		Matcher legalForm = LEGAL_FORM.matcher(name);
		if (!legalForm.find()) {
			return Optional.empty();
		}
		String core = withoutPlace(name.substring(0, legalForm.start()));
		return (core.length() >= SHORTEST) ? Optional.of(core) : Optional.empty();
	}

	private String withoutPlace(String name) {
		String rest = name;
		String place = leadingPlace(rest);
		while (!place.isEmpty() && rest.length() - place.length() >= SHORTEST) {
			rest = rest.substring(place.length());
			place = leadingPlace(rest);
		}
		return rest;
	}

	private String leadingPlace(String name) {
		Optional<String> known = this.lexicons.regions().stream()
			.filter(name::startsWith)
			.max(Comparator.comparingInt(String::length))
			.or(() -> this.lexicons.regionShortForms().keySet().stream().filter(name::startsWith)
				.max(Comparator.comparingInt(String::length)));
		if (known.isPresent()) {
			return known.get();
		}
		Matcher city = COUNTY_CITY.matcher(name);
		return city.find() ? city.group() : "";
	}

	/**
	 * The longest short form of any firm starting at each token of the sentence that is no common word (产业 of
	 * 江山市产业平台开发建设集团有限公司 starts no short form).
	 */
	private List<Mention> occurrences(AnalysedSentence sentence, Map<String, String> cores) {
		List<Mention> found = new ArrayList<>();
		String text = sentence.text();
		for (Token token : sentence.tokens()) {
			if (isCommonWord(token)) {
				continue;
			}
			int at = token.offset() - sentence.start();
			int end = at;
			String firm = null;
			for (Map.Entry<String, String> core : cores.entrySet()) {
				int length = shortFormAt(sentence, text, at, core.getKey(), core.getValue());
				if (at + length > end) {
					end = at + length;
					firm = core.getValue();
				}
			}
			if (firm != null) {
				found.add(new Mention(EntityType.ENTERPRISE, firm, List.of(text.substring(at, end)),
						sentence.start() + at, sentence.start() + end));
			}
		}
		return found;
	}

	private boolean isCommonWord(Token token) {
		return token.word().length() > 1 && COMMON_WORDS.contains(token.partOfSpeech())
				|| this.lexicons.industries().contains(token.word());
	}

	/** Length of the short form of the firm written at the offset, ending where a token ends, or 0. */
	private static int shortFormAt(AnalysedSentence sentence, String text, int at, String core, String name) {
		String group = core.substring(0, 2) + "集团";
		if (name.contains("集团") && text.startsWith(group, at) && endsToken(sentence, at + group.length())) {
			return group.length();
		}
		for (int length = core.length(); length >= SHORTEST; length--) {
			if (text.startsWith(core.substring(0, length), at) && endsToken(sentence, at + length)) {
				return length;
			}
		}
		return 0;
	}

	private static boolean endsToken(AnalysedSentence sentence, int offset) {
		int documentOffset = sentence.start() + offset;
		return sentence.tokens().stream().anyMatch((token) -> token.end() == documentOffset);
	}

}

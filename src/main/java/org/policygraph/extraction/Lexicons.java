package org.policygraph.extraction;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The general knowledge the recognisers use: industry words, administrative divisions, head nouns that type a name
 * and the words that make a programme a talent scheme. Loaded once, immutable.
 *
 * @param industries sector words, without 产业/行业 suffix
 * @param regions administrative divisions with their suffix (市, 省 …)
 * @param heads head nouns and the type they give a name, longest first
 * @param talentWords words that mark a talent scheme
 * @param standaloneHeads heads that are names on their own (工信部)
 * @param placedHeads heads too common to end a name unless the name starts with a place (慈溪质城检测平台)
 * @param regionShortForms bare forms of the regions (慈溪 for 慈溪市), mapped to the full name
 */
record Lexicons(Set<String> industries, Set<String> regions, Map<String, EntityType> heads, List<String> talentWords,
		Set<String> standaloneHeads, Set<String> placedHeads, Map<String, String> regionShortForms) {

	/** What may follow a sector word and still name the sector (智能家电产业, 家电行业, 轴承产业链), longest first. */
	static final List<String> INDUSTRY_SUFFIXES = List.of("产业链", "产业", "行业", "制造");

	static Lexicons load() {
		Map<String, EntityType> heads = new LinkedHashMap<>();
		List<String[]> lines = Lexicon.lines("heads.txt").stream().map((line) -> line.split("\t")).toList();
		lines.stream()
			.sorted(Comparator.comparingInt((String[] fields) -> fields[0].length()).reversed())
			.forEach((fields) -> heads.put(fields[0], EntityType.fromLabel(fields[1]).orElseThrow(
					() -> new IllegalStateException("Unknown entity type " + fields[1] + " in lexicon/heads.txt"))));
		Set<String> regions = Set.copyOf(Lexicon.lines("regions.txt"));
		return new Lexicons(Set.copyOf(Lexicon.lines("industries.txt")), regions, heads,
				Lexicon.lines("talent-words.txt"), marked(lines, "name"), marked(lines, "placed"), shortForms(regions));
	}

	private static Set<String> marked(List<String[]> lines, String mark) {
		return lines.stream()
			.filter((fields) -> fields.length > 2 && fields[2].equals(mark))
			.map((fields) -> fields[0])
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The head noun that ends the given name, longest first. */
	Optional<String> headOf(String name) {
		return this.heads.keySet().stream().filter(name::endsWith).findFirst();
	}

	/** The type the head noun ending the given name gives it, if a head noun ends it. */
	Optional<EntityType> typeOf(String name) {
		return headOf(name).map(this.heads::get);
	}

	boolean startsWithPlace(String name) {
		return this.regions.stream().anyMatch(name::startsWith)
				|| regionShortForms().keySet().stream().anyMatch(name::startsWith);
	}

	boolean isTalentName(String name) {
		return this.talentWords.stream().anyMatch(name::contains);
	}

	/** Words the segmenter should keep whole, with their part-of-speech tags. */
	Map<String, String> segmenterWords() {
		Map<String, String> words = new LinkedHashMap<>();
		this.industries.forEach((word) -> words.put(word, "nz"));
		this.regions.forEach((word) -> words.put(word, "ns"));
		this.heads.keySet().stream().filter((head) -> head.length() > 1).forEach((head) -> words.put(head, "n"));
		return words;
	}

	private static Map<String, String> shortForms(Set<String> regions) {
		return regions.stream()
			.filter((region) -> region.length() > 2 && region.matches(".+[省市区县]"))
			.collect(Collectors.toUnmodifiableMap((region) -> region.substring(0, region.length() - 1),
					(region) -> region, (a, b) -> a));
	}

}

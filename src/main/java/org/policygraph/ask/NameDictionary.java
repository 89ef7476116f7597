package org.policygraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.NameLexicon;

import org.springframework.stereotype.Component;

/**
 * Recognises the names in a question as the extractor would: the names and aliases of the entities in the graph (an
 * alias resolves to its canonical entity) and the industry and region words of its lexicons; where a text holds more
 * than one, the longest wins.
 */
@Component
class NameDictionary {

	/** Words around a name that do not change what it names (智能家电的, 新材料领域, 光伏产业). */
	private static final List<String> TRAILING_WORDS = List.of("的", "相关", "领域", "方面", "发展", "产业链", "产业", "行业",
			"板块", "这个", "这项");

	/** No name is longer; a longer part of a question need not be looked up. */
	private static final int LONGEST_NAME = 60;

	private static final List<String> LEADING_WORDS = List.of("关于", "对于", "针对", "了", "的", "在", "对");

	private final GraphNames graphNames;

	private final NameLexicon lexicon;

	NameDictionary(GraphNames graphNames) {
		this.graphNames = graphNames;
		this.lexicon = NameLexicon.load();
	}

	/** The names of the graph as they are now; one question is read against one such view. */
	Map<String, List<NamedEntity>> graphNames() {
		return this.graphNames.byKey();
	}

	/**
	 * The entity of one of the given types that the text names: the whole text (give or take 的, 产业 and similar
	 * words around it) or, when {@code loose}, the longest name the text contains.
	 * @param names the graph's names, from {@link #graphNames()}
	 */
	Optional<NamedEntity> resolve(String text, Set<EntityType> types, boolean loose,
			Map<String, List<NamedEntity>> names) {
		String key = QuestionText.key(text);
		if (!loose) {
			return variants(key).stream().map((variant) -> named(variant, types, names)).flatMap(Optional::stream)
				.findFirst();
		}
		for (int length = Math.min(key.length(), LONGEST_NAME); length >= 2; length--) {
			for (int start = 0; start + length <= key.length(); start++) {
				Optional<NamedEntity> found = named(key.substring(start, start + length), types, names);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** An entity in the graph by name or alias, else one the lexicons know; graph entities come first. */
	private Optional<NamedEntity> named(String key, Set<EntityType> types, Map<String, List<NamedEntity>> names) {
		Function<String, Stream<NamedEntity>> inGraph = (name) -> names.getOrDefault(QuestionText.key(name), List.of())
			.stream();
		Stream<NamedEntity> graph = names.getOrDefault(key, List.of()).stream()
			.filter((entity) -> types.contains(entity.type()));
		Stream<NamedEntity> industry = this.lexicon.industry(key)
			.filter((word) -> types.contains(EntityType.INDUSTRY))
			.map((word) -> known(EntityType.INDUSTRY, word, inGraph.apply(word)))
			.stream();
		Stream<NamedEntity> region = this.lexicon.region(key)
			.filter((word) -> types.contains(EntityType.REGION))
			.map((word) -> known(EntityType.REGION, word, inGraph.apply(word)))
			.stream();
		return Stream.of(graph, industry, region).flatMap(Function.identity()).findFirst();
	}

	private static NamedEntity known(EntityType type, String word, Stream<NamedEntity> inGraph) {
		return inGraph.filter((entity) -> entity.type() == type)
			.findFirst()
			.orElse(new NamedEntity(type, word, false));
	}

	/** The text, then the text without the words around a name, one word at a time from the outside in. */
	private static List<String> variants(String key) {
		List<String> variants = new ArrayList<>(List.of(key));
		for (String shorter = strip(key); !shorter.equals(variants.get(variants.size() - 1)); shorter = strip(shorter)) {
			variants.add(shorter);
		}
		return variants;
	}

	/** The text without one word around a name, the text itself when it has none left. */
	private static String strip(String text) {
		for (String word : TRAILING_WORDS) {
			if (text.length() > word.length() + 1 && text.endsWith(word)) {
				return text.substring(0, text.length() - word.length());
			}
		}
		for (String word : LEADING_WORDS) {
			if (text.length() > word.length() + 1 && text.startsWith(word)) {
				return text.substring(word.length());
			}
		}
		return text;
	}

	/** Entity order within one key: by type as {@link EntityType} lists them, then by name. */
	static final Comparator<NamedEntity> ORDER = Comparator.comparing(NamedEntity::type)
		.thenComparing(NamedEntity::name);

}

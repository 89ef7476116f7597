package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the mentions of a document into distinct entities (needs mentions, adds entities and the entity each mention
 * refers to): same type and a shared name, or one name the other plus a head or suffix (公牛 and 公牛集团, 慈溪 and 慈溪市,
 * 家电 and 家电产业); the fullest form is the canonical name, bare industries excepted.
 */
class AliasMerger {

	private static final List<String> SHORTENING_SUFFIXES = List.of("市", "省", "县", "区", "镇", "地区", "产业", "行业", "产业链",
			"集团", "公司", "电器", "计划", "工程", "行动", "改革", "升级版", "系列计划");

	private final AliasRules rules;

	private final AgencyShortForms agencyShortForms;

	/** A merger with every rule on. */
	AliasMerger() {
		this(AliasRules.ALL);
	}

	/** @param rules which merges beyond an identical name are allowed */
	AliasMerger(AliasRules rules) {
		this.rules = rules;
		this.agencyShortForms = rules.agencyShortForms() ? AgencyShortForms.load() : null;
	}

	Resolution merge(List<Mention> mentions) {
		Map<Integer, Integer> parent = new HashMap<>();
		List<AliasMerge> merges = new ArrayList<>();
		for (int i = 0; i < mentions.size(); i++) {
			parent.put(i, i);
			for (int j = 0; j < i; j++) {
				if (sameEntity(mentions.get(i), mentions.get(j), merges)) {
					parent.put(root(parent, j), root(parent, i));
				}
			}
		}
		if (this.agencyShortForms != null) {
			merges.addAll(this.agencyShortForms.merges(mentions, this.rules::allows,
					(a, b) -> parent.put(root(parent, a), root(parent, b))));
		}
		Map<Integer, List<Mention>> groups = new LinkedHashMap<>();
		for (int i = 0; i < mentions.size(); i++) {
			groups.computeIfAbsent(root(parent, i), (key) -> new ArrayList<>()).add(mentions.get(i));
		}
		return resolution(groups.values(), merges);
	}

	private static Resolution resolution(Iterable<List<Mention>> groups, List<AliasMerge> candidates) {
		List<Entity> entities = new ArrayList<>();
		Map<Mention, EntityRef> refs = new HashMap<>();
		Set<AliasMerge> merges = new LinkedHashSet<>();
		for (List<Mention> group : groups) {
			Set<String> names = new LinkedHashSet<>();
			group.forEach((mention) -> {
				names.add(mention.name());
				names.addAll(mention.aliases());
			});
			String canonical = canonical(group.get(0).type(), names);
			names.remove(canonical);
			Entity entity = new Entity(group.get(0).type(), canonical, List.copyOf(names), group.size());
			entities.add(entity);
			group.forEach((mention) -> refs.put(mention, entity.ref()));
			candidates.stream()
				.filter((merge) -> merge.type() == entity.type())
				.forEach((merge) -> mergedInto(entity, merge).ifPresent(merges::add));
		}
		return new Resolution(entities, refs, List.copyOf(merges));
	}

	/** The candidate merge as a merge into the entity's canonical name, if it joined one of the entity's aliases. */
	private static Optional<AliasMerge> mergedInto(Entity entity, AliasMerge merge) {
		Set<String> names = new HashSet<>(entity.aliases());
		names.add(entity.name());
		if (!names.contains(merge.name()) || !names.contains(merge.alias())) {
			return Optional.empty();
		}
		String alias = entity.name().equals(merge.alias()) ? merge.name() : merge.alias();
		return Optional.of(new AliasMerge(entity.type(), entity.name(), alias, merge.reason()));
	}

	private static String canonical(EntityType type, Set<String> names) {
		Comparator<String> fullest = Comparator.comparingInt(String::length);
		if (type == EntityType.INDUSTRY) {
			return names.stream().min(fullest).orElseThrow();
		}
		// 上林英才计划升级版 is a version of 上林英才计划, which stays the name.
		return names.stream()
			.filter((name) -> !name.endsWith("升级版") || names.size() == 1)
			.max(fullest)
			.orElseGet(() -> names.stream().max(fullest).orElseThrow());
	}

	/** Whether two mentions name one entity; a merge by suffix is added to {@code merges} with its reason. */
	private boolean sameEntity(Mention a, Mention b, List<AliasMerge> merges) {
		if (a.type() != b.type()) {
			return false;
		}
		List<String> names = namesOf(b);
		if (namesOf(a).stream().anyMatch(names::contains)) {
			return true;
		}
		for (String x : namesOf(a)) {
			for (String y : names) {
				String shorter = (x.length() < y.length()) ? x : y;
				String longer = (shorter == x) ? y : x;
				if (shortens(shorter, longer)) {
					merges.add(new AliasMerge(a.type(), longer, shorter, shorter + " is " + longer
							+ " without its suffix " + longer.substring(shorter.length())));
					return true;
				}
			}
		}
		return false;
	}

	private boolean shortens(String shorter, String longer) {
		return shorter.length() >= 2 && longer.startsWith(shorter)
				&& SHORTENING_SUFFIXES.contains(longer.substring(shorter.length())) && this.rules.allows(shorter);
	}

	private static List<String> namesOf(Mention mention) {
		List<String> names = new ArrayList<>(mention.aliases());
		names.add(mention.name());
		return names;
	}

	private static int root(Map<Integer, Integer> parent, int i) {
		while (parent.get(i) != i) {
			i = parent.get(i);
		}
		return i;
	}

	/**
	 * The entities of a document and the entity each mention refers to.
	 *
	 * @param entities distinct entities
	 * @param refs the entity of each mention
	 * @param merges the merges of different names, each with its reason
	 */
	record Resolution(List<Entity> entities, Map<Mention, EntityRef> refs, List<AliasMerge> merges) {
	}

}

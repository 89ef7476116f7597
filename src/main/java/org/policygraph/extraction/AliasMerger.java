package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the mentions of a document into distinct entities (needs mentions, adds entities and the entity each mention
 * refers to): same type and a shared name, or one name the other plus a head or suffix (公牛 and 公牛集团, 慈溪 and 慈溪市,
 * 家电 and 家电产业); the fullest form is the canonical name, bare industries excepted.
 */
class AliasMerger {

	private static final List<String> SHORTENING_SUFFIXES = List.of("市", "省", "县", "区", "镇", "地区", "产业", "行业", "产业链",
			"集团", "公司", "电器", "计划", "工程", "行动", "改革", "升级版", "系列计划");

	private final AgencyShortForms agencyShortForms;

	/** A merger that also joins agencies' short forms to their full names (市经信局 and 慈溪市经济和信息化局). */
	AliasMerger() {
		this(true);
	}

	/**
	 * @param agencyShortForms whether to join an agency's short form to the one full name in the document it can
	 * stand for; off, the two stay separate entities
	 */
	AliasMerger(boolean agencyShortForms) {
		this.agencyShortForms = agencyShortForms ? AgencyShortForms.load() : null;
	}

	Resolution merge(List<Mention> mentions) {
		Map<Integer, Integer> parent = new HashMap<>();
		for (int i = 0; i < mentions.size(); i++) {
			parent.put(i, i);
			for (int j = 0; j < i; j++) {
				if (sameEntity(mentions.get(i), mentions.get(j))) {
					parent.put(root(parent, j), root(parent, i));
				}
			}
		}
		List<AliasMerge> merges = (this.agencyShortForms == null) ? List.of()
				: this.agencyShortForms.merges(mentions, (a, b) -> parent.put(root(parent, a), root(parent, b)));
		Map<Integer, List<Mention>> groups = new LinkedHashMap<>();
		for (int i = 0; i < mentions.size(); i++) {
			groups.computeIfAbsent(root(parent, i), (key) -> new ArrayList<>()).add(mentions.get(i));
		}
		return resolution(groups.values(), merges);
	}

	private static Resolution resolution(Iterable<List<Mention>> groups, List<AliasMerge> merges) {
		List<Entity> entities = new ArrayList<>();
		Map<Mention, EntityRef> refs = new HashMap<>();
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
		}
		return new Resolution(entities, refs, merges);
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

	private static boolean sameEntity(Mention a, Mention b) {
		if (a.type() != b.type()) {
			return false;
		}
		for (String x : namesOf(a)) {
			for (String y : namesOf(b)) {
				if (x.equals(y) || shortens(x, y) || shortens(y, x)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean shortens(String shorter, String longer) {
		return shorter.length() >= 2 && longer.startsWith(shorter)
				&& SHORTENING_SUFFIXES.contains(longer.substring(shorter.length()));
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
	 * @param merges the merges of different names made by rules beyond a shared name or suffix, each with its reason
	 */
	record Resolution(List<Entity> entities, Map<Mention, EntityRef> refs, List<AliasMerge> merges) {
	}

	/**
	 * A merge of two names of one entity and the rule's reason for it.
	 *
	 * @param type the entity type
	 * @param name the name kept
	 * @param alias the name merged into it
	 * @param reason why the two names are one entity
	 */
	record AliasMerge(EntityType type, String name, String alias, String reason) {
	}

}

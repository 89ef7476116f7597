package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles competing mentions: recognisers earlier in the list win, longer mentions win within one recogniser; an
 * industry or place may nest inside a name of another type (家电 in 智能家电综合体), nothing else may overlap.
 */
class MentionResolver {

	List<Mention> resolve(List<List<Mention>> byPriority) {
		List<Mention> accepted = new ArrayList<>();
		for (List<Mention> candidates : byPriority) {
			candidates.stream()
				.sorted(Comparator.comparingInt(Mention::length).reversed())
				.filter((candidate) -> accepted.stream().allMatch((mention) -> compatible(candidate, mention)))
				.forEach(accepted::add);
		}
		accepted.removeIf((mention) -> isBarePlaceInsideName(mention, accepted));
		accepted.sort(Comparator.comparingInt(Mention::start));
		return accepted;
	}

	private static boolean compatible(Mention candidate, Mention accepted) {
		if (!candidate.overlaps(accepted)) {
			return true;
		}
		return nestable(candidate, accepted) && inside(candidate, accepted)
				|| nestable(accepted, candidate) && inside(accepted, candidate);
	}

	/** Places nest in any other name; industries only in the names of parks and programmes (智能家电小镇). */
	private static boolean nestable(Mention inner, Mention outer) {
		if (inner.type() == outer.type()) {
			return false;
		}
		return inner.type() == EntityType.REGION || inner.type() == EntityType.INDUSTRY
				&& (outer.type() == EntityType.PARK || outer.type() == EntityType.PROGRAMME
						|| outer.type() == EntityType.TALENT_SCHEME);
	}

	/**
	 * 吴兴 in 吴兴数字经济孵化器 modifies the name; only a place written in full (吴兴区, 温州市瓯海区) there is one of
	 * its own.
	 */
	private static boolean isBarePlaceInsideName(Mention mention, List<Mention> accepted) {
		return mention.type() == EntityType.REGION && mention.length() < mention.name().length()
				&& accepted.stream().anyMatch((outer) -> outer != mention && inside(mention, outer));
	}

	private static boolean inside(Mention inner, Mention outer) {
		return inner.start() >= outer.start() && inner.end() <= outer.end() && inner.length() < outer.length();
	}

}

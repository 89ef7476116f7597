package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Settles competing mentions: recognisers earlier in the list win, longer mentions win within one recogniser; an
 * industry or place may nest inside a name of another type (家电 in 智能家电综合体), nothing else may overlap.
 */
class MentionResolver {

	private static final Pattern DIVISION = Pattern.compile("[省市县区镇乡]$|街道$");

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
			return isCityOfDistrict(inner, outer);
		}
		return inner.type() == EntityType.REGION || inner.type() == EntityType.INDUSTRY
				&& (outer.type() == EntityType.PARK || outer.type() == EntityType.PROGRAMME
						|| outer.type() == EntityType.TALENT_SCHEME);
	}

	/** 杭州市 in 杭州市钱塘区: the city written before its district is a place of its own. */
	private static boolean isCityOfDistrict(Mention inner, Mention outer) {
		return inner.type() == EntityType.REGION && outer.aliases().size() == 1
				&& outer.name().equals(inner.name() + outer.aliases().get(0));
	}

	/**
	 * 吴兴 in 吴兴数字经济孵化器 and 美国 in 宁波美国创新孵化器 modify the name; only a division written in full (吴兴区,
	 * 温州市瓯海区) there is one of its own.
	 */
	private static boolean isBarePlaceInsideName(Mention mention, List<Mention> accepted) {
		boolean bare = mention.length() < mention.name().length() || !DIVISION.matcher(mention.name()).find();
		return mention.type() == EntityType.REGION && bare
				&& accepted.stream().anyMatch((outer) -> outer != mention && inside(mention, outer));
	}

	private static boolean inside(Mention inner, Mention outer) {
		return inner.start() >= outer.start() && inner.end() <= outer.end() && inner.length() < outer.length();
	}

}

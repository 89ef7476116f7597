package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Joins a city or province and the district or county written right after it into one place (杭州市钱塘区). */
final class DistrictsWithCity {

	private static final Pattern HIGHER = Pattern.compile("[\\u4e00-\\u9fa5]{2,3}[省市]");

	private static final Pattern LOWER = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}(?:区|县)");

	private DistrictsWithCity() {
	}

	/**
	 * 在杭州市钱塘区建设: a city or province written right before its district or county names one place, the
	 * fullest form, with the district as its alias.
	 */
	static List<Mention> join(List<Mention> mentions) {
		mentions.sort(Comparator.comparingInt(Mention::start));
		List<Mention> joined = new ArrayList<>();
		for (int i = 0; i < mentions.size(); i++) {
			Mention higher = mentions.get(i);
			Mention lower = (i + 1 < mentions.size()) ? mentions.get(i + 1) : null;
			if (lower != null && higher.end() == lower.start() && higher.aliases().isEmpty()
					&& HIGHER.matcher(higher.name()).matches() && LOWER.matcher(lower.name()).matches()) {
				joined.add(new Mention(EntityType.REGION, higher.name() + lower.name(), List.of(lower.name()),
						higher.start(), lower.end()));
				i++;
			}
			else {
				joined.add(higher);
			}
		}
		return joined;
	}

}

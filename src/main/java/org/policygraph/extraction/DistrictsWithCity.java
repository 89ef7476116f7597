package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Joins a city or province and the district or county written right after it into one place (杭州市钱塘区). */
final class DistrictsWithCity {

	private static final Pattern HIGHER = Pattern.compile("[\\u4e00-\\u9fa5]{2,3}[省市]");

	private static final Pattern LOWER = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}(?:区|县)");

	/** A district or county proper, not a new area (宁波杭州湾新区 is a name of its own). */
	private static final Pattern COUNTY = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}(?<!新)(?:区|县)");

	private DistrictsWithCity() {
	}

	/**
	 * 在杭州市钱塘区建设: a city or province written in full right before its district or county names one place, the
	 * fullest form, with the district as its alias; the city stays a place of its own, nested in it. A bare city or
	 * province before a district (浙江长兴县, 上海闵行区) only qualifies it: one place, the district, the whole its alias.
	 */
	static List<Mention> join(List<Mention> mentions) {
		mentions.sort(Comparator.comparingInt(Mention::start));
		List<Mention> joined = new ArrayList<>();
		for (int i = 0; i < mentions.size(); i++) {
			Mention higher = mentions.get(i);
			Mention lower = (i + 1 < mentions.size()) ? mentions.get(i + 1) : null;
			boolean adjacent = lower != null && higher.end() == lower.start()
					&& HIGHER.matcher(higher.name()).matches() && LOWER.matcher(lower.name()).matches();
			if (adjacent && higher.aliases().isEmpty()) {
				joined.add(higher);
				joined.add(new Mention(EntityType.REGION, higher.name() + lower.name(), List.of(lower.name()),
						higher.start(), lower.end()));
				i++;
			}
			else if (adjacent && isBare(higher) && lower.length() == lower.name().length()
					&& COUNTY.matcher(lower.name()).matches()) {
				String written = higher.aliases().get(0) + lower.name();
				joined.add(new Mention(EntityType.REGION, lower.name(), List.of(written), higher.start(), lower.end()));
				i++;
			}
			else {
				joined.add(higher);
			}
		}
		return joined;
	}

	/** 浙江 for 浙江省: the place as written is its bare form. */
	private static boolean isBare(Mention place) {
		return place.aliases().size() == 1 && place.aliases().get(0).length() == place.length();
	}

}

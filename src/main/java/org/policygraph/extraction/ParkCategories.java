package org.policygraph.extraction;

import java.util.regex.Pattern;

/**
 * Tells a category of parks from a named park: a park is named by a place, a proper modifier or quotes, while a level
 * (省级人力资源服务产业园), or a plural or distributive phrase before it (附海、新浦等家电小镇, 分别布局建设专精特新产业园),
 * makes a kind of park that is no Park entity, and so does a formula of kinds (大平台+小镇+园区).
 */
class ParkCategories {

	/** 省级人力资源服务产业园, 国家级,省级制造业创新中心: a level of government rates a kind of park. */
	private static final Pattern LEVEL = Pattern.compile("^(?:新认定的?)?(?:国家|省|市|县|区)级");

	/** 附海、新浦等家电小镇, 各类产业园, 一批小微园: several parks of a kind in one phrase. */
	private static final Pattern PLURAL = Pattern.compile("(?:等|各类|各|一批|多个|若干)$");

	/** 分别布局建设专精特新产业园: one kind of park built in each of several places. */
	private static final Pattern DISTRIBUTIVE = Pattern.compile("分别[^，。；：]*$");

	private final Lexicons lexicons;

	ParkCategories(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/**
	 * Whether the park's name denotes a category of parks.
	 * @param name the name, quotes stripped
	 * @param modifier the name before its head
	 * @param before the sentence text before the name
	 */
	boolean isCategory(String name, String modifier, String before) {
		if (LEVEL.matcher(name).find() || name.contains("+")) {
			return true;
		}
		boolean placed = this.lexicons.startsWithPlace(modifier);
		return !placed && (PLURAL.matcher(before).find() || DISTRIBUTIVE.matcher(before).find());
	}

}

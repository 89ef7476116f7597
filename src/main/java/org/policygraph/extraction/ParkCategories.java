package org.policygraph.extraction;

import java.util.Set;
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

	/**
	 * 分别布局建设专精特新产业园, 支持天长市、明光市建设光伏配套产业园: one kind of park built in each of several places
	 * or by every place of a level (支持各地建设制造业创新中心); not 分别为, which names them one by one.
	 */
	private static final Pattern DISTRIBUTIVE = Pattern.compile("分别(?![为是])[^，。；：、]*$"
			+ "|各(?:地|县|市|区|乡镇)[^，。；：]*$|[市县区]、[^，。；：]*[市县区](?:建设|打造|布局)$");

	/** Short forms of the kinds of zones a city or county has one of: bare, they name the local one. */
	private static final Set<String> ZONE_SHORT_FORMS = Set.of("高新区", "经开区");

	/** Zones a city or county has one of each level: after 我市 even a generic name is the city's own. */
	private static final Set<String> ZONES = Set.of("开发区", "经济开发区", "高新区", "经开区");

	/** 推进我市高新技术产业开发区: the writer's own place. */
	private static final Pattern OWN_PLACE = Pattern.compile("(?:我|本)[市县区]$");

	/** What before a bare zone makes it one of many: 各, 等, a level. */
	private static final Pattern NOT_ONE = Pattern.compile("(?:各|等|级|国家|省|市|县)$");

	/** 打造跨境电商园区: a kind of park a plan will build, where no place says which park it is. */
	private static final Pattern TO_BUILD = Pattern.compile("(?:打造|建设|布局|谋划|筹建|新建)$");

	private static final Pattern LOCATED = Pattern.compile("在[^，。；：]*$");

	private final Lexicons lexicons;

	private final GenericWords generic;

	ParkCategories(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.generic = new GenericWords(lexicons);
	}

	/**
	 * Whether a park name made only of generic words names the writer's own zone: a bare 高新区 (带动高新区、滨海区…), or a
	 * zone after 我市 (推进我市高新技术产业开发区).
	 * @param head the head noun the name ends with
	 */
	boolean isLocalZone(String name, String head, String before) {
		boolean bare = name.equals(head) && ZONE_SHORT_FORMS.contains(head) && !NOT_ONE.matcher(before).find();
		boolean own = ZONES.contains(head) && OWN_PLACE.matcher(before).find() && !LEVEL.matcher(name).find();
		return bare || own;
	}

	/**
	 * Whether the park's name denotes a category of parks.
	 * @param name the name, quotes stripped
	 * @param modifier the name before its head
	 * @param before the sentence text before the name
	 */
	boolean isCategory(String name, String modifier, String before) {
		if (LEVEL.matcher(name).find() || name.contains("+") || name.contains("一批") || name.contains("各类")) {
			return true;
		}
		boolean placed = this.lexicons.startsWithPlace(modifier);
		return !placed && (PLURAL.matcher(before).find() || DISTRIBUTIVE.matcher(before).find()
				|| !name.endsWith("综合体") && isToBeBuilt(modifier, before));
	}

	/**
	 * 打造新材料产业园: a park named only for its sector, to be built nowhere in particular, is a kind of park; not so a
	 * county's innovation service complex, of which there is one per sector (建设轴承综合体).
	 */
	private boolean isToBeBuilt(String modifier, String before) {
		if (!TO_BUILD.matcher(before).find() || LOCATED.matcher(before).find()) {
			return false;
		}
		String rest = modifier;
		for (String sector : this.generic.sectorsByLength()) {
			rest = rest.replace(sector, "");
		}
		return this.generic.isGeneric(rest, false);
	}

}

package org.policygraph.extraction;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a head-noun name is a proper name and of which type: 数字化车间名单 is a kind of thing, 市政府办公室
 * an agency because it starts with its place, 市级众创空间 after 被认定为 an honour (a programme), a 平台 a name only
 * when it starts with a place.
 */
class ProperNames {

	/** Counted slogans (一区一园一中心一飞地, 五个一产业园, 2个主平台+6个重点产业园+N小微园) are not names. */
	static final Pattern SLOGAN = Pattern.compile("^（[一二三四五六七八九十\\d]+）|一[^一]{1,3}一|个一|\\+N|[•·]$|[一二三四五六七八九十两]大");

	/**
	 * 陶瓷行业专用解决方案: a solution is what a vendor sells, not a policy; 市级以上技能大师工作室 a range of levels;
	 * 一、二、三等奖 the grades of a prize, not its name.
	 */
	private static final Pattern PRODUCT_OR_RANGE = Pattern.compile("解决方案$|级及?以上|^[一二三四五六特]等奖$");

	/**
	 * What is left of 新一轮 or 一批 when segmentation splits it from the name, the preposition 对 (对公示名单), the end
	 * of a range of levels (省级及以上企业技术中心), a pronoun (撤销其市级企业技术中心资格) and the bracket closing a
	 * heading number ((二）企业技术中心须…).
	 */
	static final Pattern NON_NAME_PREFIX = Pattern.compile("^(新?一?轮|新?一批|出一批|对(?!口|外)|以[上下]|其(?!他)|）)");

	/** Names right after 获评 or 被认定为 are honours (a programme), whatever their head (四星级工业园区, 市级众创空间). */
	private static final Pattern HONOURS = Pattern.compile("(获评|认定为|评为|列为|入选)$");

	/** 积极探索跨区域项目利益共享办法: what is still to be explored is no programme yet. */
	private static final Pattern EXPLORED = Pattern.compile("探索$|^(积极)?探索");

	/** 把招商引资作为“一号工程”: what something is taken as is the role it plays, not a programme. */
	private static final Pattern ROLE = Pattern.compile("作为“?$");

	/** 各区县人民政府, 各县、市、区人民政府, 市各委办局: the bodies of every place or portfolio are no one agency. */
	private static final Pattern EVERY = Pattern.compile("各[^，。；：]*$");

	/** Heads of firms that are product words as well (公牛电器 is a firm, 电瓷电器 a sector). */
	private static final Set<String> PRODUCT_HEADS = Set.of("电器", "汽配");

	private static final Pattern LEVEL_ONLY = Pattern.compile("[市省县区镇](人民政府|政府)$");

	private static final Pattern TOWNSHIP = Pattern.compile("[\\u4e00-\\u9fa5]{2}(镇|街道|乡)");

	/** 坊子区人大常委会, 广德市商务局: an agency of a district, county or city the region lexicon does not know. */
	private static final Pattern DISTRICT_START = Pattern.compile("(?:(?![区县市])[\\u4e00-\\u9fa5]){2}[区县市](?!域|级|场)");

	private static final Pattern AGENCY_START = Pattern.compile("[市省县区镇]|国家|中央|全国");

	private final Lexicons lexicons;

	private final GenericWords generic;

	private final ParkCategories parkCategories;

	ProperNames(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.generic = new GenericWords(lexicons);
		this.parkCategories = new ParkCategories(lexicons);
	}

	/**
	 * The type of the name, or empty when it is not a proper name.
	 * @param name the name, quotes stripped
	 * @param head the head noun it ends with
	 * @param before the sentence text before the name
	 */
	Optional<EntityType> typeOf(String name, String head, String before) {
		return typeOf(name, head, before, false);
	}

	/**
	 * The type of the name, or empty when it is not a proper name.
	 * @param placeTagged whether the name opens with a word HanLP tags a place (张江高科技园区), which places it as
	 * a known region would
	 */
	Optional<EntityType> typeOf(String name, String head, String before, boolean placeTagged) {
		boolean placed = placeTagged || startsWithPlace(name);
		if (SLOGAN.matcher(name).find() || PRODUCT_OR_RANGE.matcher(name).find()
				|| this.lexicons.placedHeads().contains(head) && !placed) {
			return Optional.empty();
		}
		if (this.lexicons.standaloneHeads().contains(name) || this.lexicons.standaloneHeads().contains(head)) {
			return Optional.of(typeByHead(name, head));
		}
		String modifier = name.substring(0, Math.max(0, name.lastIndexOf(head)));
		if (this.lexicons.heads().get(head) == EntityType.PARK && this.parkCategories.isLocalZone(name, head, before)) {
			return Optional.of(EntityType.PARK);
		}
		if (modifier.isEmpty()) {
			return Optional.empty();
		}
		if (EVERY.matcher(before).find() && LEVEL_ONLY.matcher(name).lookingAt() || EVERY.matcher(modifier).find()) {
			return Optional.empty();
		}
		if (this.lexicons.heads().get(head) == EntityType.PROGRAMME && (EXPLORED.matcher(before).find()
				|| EXPLORED.matcher(name).find() || ROLE.matcher(before).find())) {
			return Optional.empty();
		}
		if (HONOURS.matcher(before).find()) {
			// 入选昆山市创新创业领军人才计划的项目: a talent plan entered stays a talent scheme.
			return Optional.of(typeByHead(name, head) == EntityType.TALENT_SCHEME ? EntityType.TALENT_SCHEME
					: EntityType.PROGRAMME);
		}
		if (head.equals("培育库") && modifier.length() > 2 && modifier.endsWith("企业")) {
			// 建立高新技术企业培育库: a pool for growing one kind of firm is a programme however generic the kind.
			return Optional.of(EntityType.PROGRAMME);
		}
		EntityType type = typeByHead(name, head);
		if (PRODUCT_HEADS.contains(head) && this.lexicons.industries().contains(modifier)) {
			// 电瓷电器, 低压电器: a sector's products, not a firm's trade name.
			return Optional.empty();
		}
		if (type == EntityType.PARK && this.parkCategories.isCategory(name, modifier, before)) {
			return Optional.empty();
		}
		boolean placesMakeProper = type == EntityType.INSTITUTION || type == EntityType.PROGRAMME
				|| type == EntityType.TALENT_SCHEME || type == EntityType.ENTERPRISE
				|| type == EntityType.PARK && this.generic.startsWithBarePlace(modifier);
		boolean proper = (type == EntityType.AGENCY) ? isAgencyName(name) || isParkAuthority(modifier)
				: !this.generic.isGeneric(modifier, placesMakeProper);
		return proper ? Optional.of(type) : Optional.empty();
	}

	/** The head's type; a programme that names a talent plan is a talent scheme. */
	EntityType typeByHead(String name, String head) {
		EntityType type = this.lexicons.heads().get(head);
		if (head.equals("创新中心") && this.lexicons.industries().stream().anyMatch(name::contains)) {
			// 山东省动力装备创新中心: an innovation centre named for a sector is a research institution.
			return EntityType.INSTITUTION;
		}
		return (type == EntityType.PROGRAMME && TalentSignals.namesTalentPlan(this.lexicons, name)) ? EntityType.TALENT_SCHEME : type;
	}

	/** 溧阳市产业发展基金: a place the lexicon knows, or a city, county or district it does not. */
	private boolean startsWithPlace(String name) {
		return this.lexicons.startsWithPlace(name) || startsWithDivision(name);
	}

	/** Whether the name opens with a city, county or district, known to the lexicon or not (广德市商务局). */
	static boolean startsWithDivision(String name) {
		return DISTRICT_START.matcher(name).lookingAt();
	}

	/** Whether the name opens with a town or subdistrict (濮院镇人民政府). */
	static boolean startsWithTown(String name) {
		return TOWNSHIP.matcher(name).lookingAt();
	}

	/** 云山经开区管委会, 天目湖旅游度假区管委会: the authority of a park or zone is named by it. */
	private boolean isParkAuthority(String modifier) {
		return this.lexicons.headOf(modifier).filter((head) -> this.lexicons.heads().get(head) == EntityType.PARK)
			.isPresent() || modifier.length() > 3 && modifier.endsWith("区") && !modifier.startsWith("各");
	}

	/** An agency's name starts with its place (市, 省, 慈溪市, 胜山镇 …) or is a leading group. */
	private boolean isAgencyName(String name) {
		return AGENCY_START.matcher(name).lookingAt() || startsWithDivision(name)
				|| name.contains("领导小组") && !name.startsWith("领导小组") || TOWNSHIP.matcher(name).find()
				|| this.lexicons.startsWithPlace(name);
	}

}

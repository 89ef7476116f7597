package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the members of an enumeration closed by a counted category (公牛、慈星等3家企业; 家电、装备、仪器仪表等行业;
 * 相士地、上剑山两个小微企业园; towns: 周巷、观海卫等小镇): needs tokens, adds one mention per member, typed by the category, or as industries
 * when the members are industries.
 */
class EnumerationRecogniser implements MentionRecogniser {

	private static final String COUNT = "[\\d两二三四五六七八九十]+(?:家|个|大|位|条|类)";

	private static final Pattern COUNTED = Pattern.compile(COUNT);

	/** …、江宇门业未来工厂项目等12个项目列入省重大产业项目库: things counted before the category are what is listed. */
	private static final Pattern OTHER_THINGS = Pattern.compile("^(项目|平台|基地)");

	private static final Pattern PLACES = Pattern.compile("主?产区|地区?(?!位)|乡镇");

	private static final Pattern TOWN = Pattern.compile("[\\u4e00-\\u9fa5]{2,3}(?:镇|乡|街道)");

	private static final Pattern ENUMERATION = Pattern.compile("((?:[^，。；：、“”等\\s]{1,14}、)*[^，。；：、“”等\\s]{1,14}?)"
			+ "(?:(等)(?:" + COUNT + ")?|" + COUNT + ")([^，。；：、]{0,12}?)"
			+ "(企业|公司|服务商|供应商|运营商|单位|产业链|产业|行业|领域|门类|小微企业园|园区|小镇|乡镇|镇街|镇|街道)");

	/** 月立、三A的智能家电产品: the makers of a product are enterprises. */
	private static final Pattern MAKERS = Pattern.compile("((?:[^，。；：、“”\\s]{1,6}、)+[^，。；：、“”\\s]{1,6})的([^，。；：、]{2,8})产品");

	private static final int MAX_MEMBER_LENGTH = 12;

	private static final Pattern PREDICATE = Pattern.compile(".{2,}?(是|成为|作为|为)(.*)");

	private final Lexicons lexicons;

	private final MemberTypes memberTypes;

	private final ProperNames proper;

	private final FirstMemberStart firstMemberStart;

	EnumerationRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.memberTypes = new MemberTypes(lexicons);
		this.proper = new ProperNames(lexicons);
		this.firstMemberStart = new FirstMemberStart(lexicons, MAX_MEMBER_LENGTH);
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		Matcher matcher = ENUMERATION.matcher(sentence.text());
		while (matcher.find()) {
			String[] members = withoutPredicate(matcher.group(1).split("、"));
			memberType(matcher, members, sentence.text().substring(matcher.end()))
				.ifPresent((type) -> members(sentence, matcher,
						(type == EntityType.INDUSTRY) ? splitAtHe(members) : members, type, mentions));
		}
		Matcher makers = MAKERS.matcher(sentence.text());
		while (makers.find()) {
			if (this.lexicons.industries().stream().anyMatch(makers.group(2)::contains)) {
				members(sentence, makers, makers.group(1).split("、"), EntityType.ENTERPRISE, mentions);
			}
		}
		return mentions;
	}

	/** 高端装备制造、新一代信息技术和生物医药等产业: the last two sectors are joined by 和 (not 橡胶和塑料制品). */
	private String[] splitAtHe(String[] members) {
		return this.lexicons.industries().contains(members[members.length - 1]) ? members
				: FocusLists.split(String.join("、", members));
	}

	/**
	 * 模具、塑料是黄岩的两大传统支柱产业, 以模具、塑料为代表的, 轴承、紧固件成为我县两大特色产业: the list is the subject
	 * of a copula; what follows it describes the members (a bare 为 ends a member only after a sector: not 华为).
	 */
	private String[] withoutPredicate(String[] members) {
		int last = members.length - 1;
		Matcher predicate = PREDICATE.matcher(members[last]);
		if (!predicate.matches()) {
			return members;
		}
		String subject = members[last].substring(0, predicate.start(1));
		boolean described = predicate.group(2).length() >= 2 || predicate.group(1).equals("是");
		if (described || this.lexicons.industries().stream().anyMatch(subject::endsWith)) {
			members[last] = subject;
		}
		return members;
	}

	/**
	 * The type of the members, when the enumeration is plausible: several members or a 等, a short modifier before
	 * the category unless a 等 closes the list, no 的 in it unless the members are firms (…等发挥了较好的领头羊企业).
	 * Members named with their legal form (…有限公司) are firms, whatever sector words their names contain.
	 */
	private Optional<EntityType> memberType(Matcher matcher, String[] members, String rest) {
		boolean listed = matcher.group(2) != null;
		String modifier = matcher.group(3);
		boolean companies = Arrays.stream(members).anyMatch((member) -> member.endsWith("公司"));
		// 恒纬经编、新宇纺织等32家经编企业: firms counted by 家 are firms, whatever sector words their names hold.
		boolean firms = companies || matcher.group(0).matches(".*\\d*家[^、]*(企业|公司)$")
				|| this.memberTypes.includesFirm(members) || this.memberTypes.tradeNamed(members);
		// 大瑶、金刚、澄潭江等主产区花炮企业: members before a word of places are where the firms are.
		boolean places = listed && !companies && PLACES.matcher(modifier).lookingAt()
				&& this.memberTypes.headed(members).isEmpty();
		Optional<EntityType> type = places ? Optional.of(EntityType.REGION) : companies ? Optional.of(EntityType.ENTERPRISE)
				: this.memberTypes.headed(members)
					.or(() -> (this.memberTypes.namesIndustries(members) && !firms) ? Optional.of(EntityType.INDUSTRY)
							: this.memberTypes.byCategory(matcher.group(4), rest, members));
		// 台州学院等高校院所和12家工程服务商: a modifier with a count of its own closes another list.
		boolean plausible = (members.length > 1 || listed) && (listed || modifier.length() <= 4) && !COUNTED.matcher(modifier).find()
				&& !(type.orElse(null) == EntityType.INDUSTRY && OTHER_THINGS.matcher(modifier).find())
				&& (!modifier.contains("的") || type.orElse(null) == EntityType.ENTERPRISE);
		boolean lonelyIndustry = members.length == 1 && type.orElse(null) == EntityType.INDUSTRY;
		return (plausible && !lonelyIndustry) ? type : Optional.empty();
	}

	private void members(AnalysedSentence sentence, Matcher matcher, String[] members, EntityType type,
			List<Mention> mentions) {
		int offset = sentence.start() + matcher.start(1);
		for (int i = 0; i < members.length; i++) {
			int start = offset;
			int end = offset + members[i].length();
			if (i == 0) {
				start = this.firstMemberStart.of(sentence, type, offset, end);
			}
			// 浙江新锐精密轴承股份有限公司（以下简称新锐股份）、…: the bracket closing a short form is no part of it.
			int last = sentence.slice(start, end).matches("[^（]*）") ? end - 1 : end;
			String name = Names.strip(sentence.slice(start, last));
			if (isMember(name, type) && isParkNameIfHeaded(name, type, sentence.slice(sentence.start(), start))) {
				// 大唐街道等地袜业企业: a town among firms is where they are.
				boolean town = type == EntityType.ENTERPRISE && TOWN.matcher(name).matches();
				mentions.add(new Mention(town ? EntityType.REGION : type, name, start, last));
			}
			offset = end + 1;
		}
	}

	/** 特色小镇、小微企业园等产业平台: a member with a park's head is a park only when that head names a proper park. */
	private boolean isParkNameIfHeaded(String name, EntityType type, String before) {
		Optional<String> head = this.lexicons.headOf(name);
		return type != EntityType.PARK || head.isEmpty() || this.proper.typeOf(name, head.get(), before).isPresent();
	}

	private static boolean isMember(String name, EntityType type) {
		if (name.length() < 2 || name.length() > MAX_MEMBER_LENGTH) {
			return false;
		}
		boolean category = name.endsWith("企业") || name.endsWith("管理") || name.endsWith("服务")
				|| name.endsWith("机构") || name.endsWith("单位") || name.contains("（");
		return !category && !(type == EntityType.ENTERPRISE && name.length() > 8);
	}

}

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

	private static final Pattern ENUMERATION = Pattern.compile("((?:[^，。；：、“”等\\s]{1,14}、)*[^，。；：、“”等\\s]{1,14}?)"
			+ "(?:(等)(?:" + COUNT + ")?|" + COUNT + ")([^，。；：、]{0,12}?)"
			+ "(企业|公司|单位|产业链|产业|行业|领域|小微企业园|园区|小镇|乡镇|镇街|镇|街道)");

	/** 月立、三A的智能家电产品: the makers of a product are enterprises. */
	private static final Pattern MAKERS = Pattern.compile("((?:[^，。；：、“”\\s]{1,6}、)+[^，。；：、“”\\s]{1,6})的([^，。；：、]{2,8})产品");

	private static final int MAX_MEMBER_LENGTH = 12;

	private final Lexicons lexicons;

	private final MemberTypes memberTypes;

	private final ProperNames proper;

	private final LeftExtension extension = new LeftExtension(MAX_MEMBER_LENGTH, true);

	EnumerationRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.memberTypes = new MemberTypes(lexicons);
		this.proper = new ProperNames(lexicons);
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		Matcher matcher = ENUMERATION.matcher(sentence.text());
		while (matcher.find()) {
			String[] members = matcher.group(1).split("、");
			memberType(matcher, members, sentence.text().substring(matcher.end()))
				.ifPresent((type) -> members(sentence, matcher, members, type, mentions));
		}
		Matcher makers = MAKERS.matcher(sentence.text());
		while (makers.find()) {
			if (this.lexicons.industries().stream().anyMatch(makers.group(2)::contains)) {
				members(sentence, makers, makers.group(1).split("、"), EntityType.ENTERPRISE, mentions);
			}
		}
		return mentions;
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
				|| this.memberTypes.includesFirm(members);
		Optional<EntityType> type = companies ? Optional.of(EntityType.ENTERPRISE)
				: this.memberTypes.headed(members)
					.or(() -> (this.memberTypes.namesIndustries(members) && !firms) ? Optional.of(EntityType.INDUSTRY)
							: this.memberTypes.byCategory(matcher.group(4), rest, members));
		boolean plausible = (members.length > 1 || listed) && (listed || modifier.length() <= 4)
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
				int token = sentence.tokenAt(end - 1);
				start = (token >= 0) ? Math.max(start, this.extension.start(sentence.tokens(), token, end)) : start;
				start = (type == EntityType.INDUSTRY) ? industryStart(sentence, start, end) : start;
				start = (type == EntityType.PARK) ? afterGoverningVerb(sentence, start, end) : start;
			}
			String name = Names.strip(sentence.slice(start, end));
			if (isMember(name, type) && isParkNameIfHeaded(name, type, sentence.slice(sentence.start(), start))) {
				mentions.add(new Mention(type, name, start, end));
			}
			offset = end + 1;
		}
	}

	/**
	 * 提升发展家用电器 starts at 家用电器, 长兴经开区聚焦新能源 at 新能源: verbs ahead of the industry word, and the
	 * clause before a verb right in front of a sector word, are not part of it.
	 */
	private int industryStart(AnalysedSentence sentence, int start, int end) {
		for (var token : sentence.tokens()) {
			if (token.offset() > start && token.end() < end && token.isVerb() && sectorAt(sentence, token.end())) {
				start = token.end();
			}
		}
		for (var token : sentence.tokens()) {
			if (token.offset() >= start && token.end() <= end) {
				boolean verbal = token.isVerb() || token.partOfSpeech().startsWith("vn")
						|| token.partOfSpeech().startsWith("d");
				if (!verbal) {
					return token.offset();
				}
			}
		}
		return start;
	}

	/** 建设相士地、上剑山两个小微企业园: the verb that builds the first park listed is no part of its name. */
	private static int afterGoverningVerb(AnalysedSentence sentence, int start, int end) {
		int first = sentence.tokenAt(start);
		var token = (first >= 0) ? sentence.tokens().get(first) : null;
		boolean governs = token != null && token.offset() == start && token.end() < end
				&& LeftExtension.GOVERNING_VERBS.contains(token.word());
		return governs ? token.end() : start;
	}

	private boolean sectorAt(AnalysedSentence sentence, int offset) {
		int at = offset - sentence.start();
		return this.lexicons.industries().stream().anyMatch((sector) -> sentence.text().startsWith(sector, at));
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

package org.policygraph.extraction;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a name that ends with a head noun begins and ends: extends left over the tokens (across the verbs a programme
 * name may contain, across the 和 of a two-portfolio agency, back to 关于 across a 的), and right over a dated edition
 * in brackets; never starts inside a bracket or with the issuing agency of a programme.
 */
class NameSpan {

	private static final int MAX_LENGTH = 26;

	private static final Pattern EDITION = Pattern.compile("^（[^（）]{0,10}\\d[^（）]{0,10}）");

	private static final Set<String> TITLE_VERBS = Set.of("推进", "加快", "支持", "促进", "推动");

	/** 出台进一步加强小微企业园建设和管理的实施意见: a title issued without 关于 starts after the verb that issues it. */
	private static final Pattern ISSUED = Pattern.compile("(?:出台|印发|制定|制订)(?:了)?");

	private static final Pattern PLACE_AND_VERB = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}[省市县区](推进|加快|支持|促进|推动)");

	private static final Pattern OWN_PLACE = Pattern.compile("[\\u4e00-\\u9fa5]{2}(?:镇|乡|街道|[市县区](?!域|级|场))");

	private final Lexicons lexicons;

	private final BoundaryRepairs repairs;

	private final ParkBoundaries parkBoundaries;

	private final LeftExtension extension = new LeftExtension(MAX_LENGTH, false);

	private final LeftExtension programmeExtension = new LeftExtension(MAX_LENGTH, true);

	private final LeftExtension companyExtension = new LeftExtension(MAX_LENGTH, false, true);

	NameSpan(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.repairs = new BoundaryRepairs(lexicons);
		this.parkBoundaries = new ParkBoundaries(lexicons);
	}

	/**
	 * The span of the name whose head starts in token {@code headToken} and ends at {@code end}.
	 * @return start and end offsets in the document text
	 */
	int[] of(AnalysedSentence sentence, int headToken, int end, EntityType headType) {
		boolean programme = headType == EntityType.PROGRAMME || isLeadingGroup(sentence, end);
		LeftExtension extension = programme ? this.programmeExtension
				: (headType == EntityType.ENTERPRISE) ? this.companyExtension : this.extension;
		int start = extension.start(sentence.tokens(), headToken, end);
		boolean namedByTrade = headType == EntityType.ENTERPRISE || headType == EntityType.PARK
				|| headType == EntityType.INSTITUTION;
		start = namedByTrade ? BoundaryRepairs.acrossTradeNameHe(sentence, start) : start;
		start = (headType == EntityType.INSTITUTION) ? this.repairs.acrossDisciplines(sentence, start, end, this.extension)
				: start;
		start = (headType == EntityType.ENTERPRISE) ? this.repairs.afterCategory(sentence, start, end) : start;
		start = programme ? fromGuanyu(sentence, withPlaceAndVerb(sentence, afterLeadingVerb(sentence, start, end)))
				: start;
		start = (headType == EntityType.AGENCY) ? acrossHe(sentence, start, end) : start;
		start = programme ? start : this.repairs.withCutPlace(sentence, start);
		start = afterUnclosedBracket(sentence, BoundaryRepairs.resegmented(sentence, start), end);
		start = afterLeadingAgency(sentence, start, end);
		start = (headType == EntityType.PARK) ? this.parkBoundaries.start(sentence, start, end) : start;
		int last = (headType == EntityType.PARK)
				? this.parkBoundaries.end(sentence, this.repairs.withPlaceInBrackets(sentence, end)) : end;
		return new int[] { start, withEditionInBrackets(sentence, last) };
	}

	/** 强化规划, 对照建设方案: a transitive verb that opens a programme's name governs it and is no part of it. */
	private static int afterLeadingVerb(AnalysedSentence sentence, int start, int end) {
		int first = sentence.tokenAt(start);
		var token = sentence.tokens().get(first);
		boolean transitive = token.partOfSpeech().equals("v") && token.word().length() == 2;
		return (transitive && token.end() < end) ? token.end() : start;
	}

	/** 慈溪市推进中国制造2025工作领导小组, 产融合作工作领导小组: leading groups are named for their task, verbs and all. */
	private static boolean isLeadingGroup(AnalysedSentence sentence, int end) {
		String text = sentence.slice(sentence.start(), end);
		return text.endsWith("领导小组") || text.endsWith("领导小组办公室");
	}

	/** 名单（2021年版） and 实施方案（2021-2023年）: a dated edition in brackets belongs to the name. */
	private static int withEditionInBrackets(AnalysedSentence sentence, int end) {
		Matcher edition = EDITION.matcher(sentence.text().substring(end - sentence.start()));
		return edition.find() ? end + edition.end() : end;
	}

	/** 工信部两化融合贯标试点 names the programme after its issuing agency; the agency is not part of the name. */
	private int afterLeadingAgency(AnalysedSentence sentence, int start, int end) {
		String text = sentence.slice(sentence.start(), end);
		int offset = start - sentence.start();
		for (String agency : this.lexicons.standaloneHeads()) {
			// 工业和信息化部2023年度…名单: the agency may begin before the name, which stopped at its 和.
			int at = text.lastIndexOf(agency, offset);
			int agencyEnd = (at >= 0) ? at + agency.length() : -1;
			if (agencyEnd > offset && agencyEnd < text.length() - 1) {
				return sentence.start() + agencyEnd;
			}
		}
		return start;
	}

	/**
	 * Agencies named for two portfolios (经济和信息化局) continue across the 和, unless it joins two agencies (…服务中心和
	 * 濮院镇人民政府: what follows starts with its own place).
	 */
	private int acrossHe(AnalysedSentence sentence, int start, int end) {
		int before = sentence.tokenAt(start - 1);
		if (before <= 0 || !sentence.tokens().get(before).word().equals("和")) {
			return start;
		}
		String after = sentence.slice(start, end);
		boolean joinsTwoAgencies = this.lexicons.headOf(sentence.slice(sentence.start(), start - 1))
			.filter((head) -> this.lexicons.heads().get(head) == EntityType.AGENCY)
			.isPresent() || this.lexicons.startsWithPlace(after) || OWN_PLACE.matcher(after).lookingAt();
		return joinsTwoAgencies ? start : this.extension.start(sentence.tokens(), before - 1, end);
	}

	/** Titles like 慈溪市推进企业“四上”行动方案 start with the issuing place and a verb of policy. */
	int withPlaceAndVerb(AnalysedSentence sentence, int start) {
		int verb = sentence.tokenAt(start - 1);
		if (verb <= 0 || !TITLE_VERBS.contains(sentence.tokens().get(verb).word())) {
			return start;
		}
		var place = sentence.tokens().get(verb - 1);
		boolean placed = place.partOfSpeech().startsWith("ns") && this.lexicons.startsWithPlace(place.word());
		int before = sentence.tokenAt(place.offset() - 1);
		boolean standsFirst = before < 0 || !this.extension.isNamePart(sentence.tokens().get(before));
		return (placed && standsFirst) ? place.offset() : start;
	}

	/**
	 * Titles like 关于支持工业企业留工优工稳增促投的实施意见 run from 关于 across the 的, and so do titles that start with
	 * their place and a verb of policy (慈溪市加快推进产业高质量发展的政策意见) or follow the verb that issues them.
	 */
	private int fromGuanyu(AnalysedSentence sentence, int start) {
		String before = sentence.slice(sentence.start(), start);
		if (!before.endsWith("的")) {
			return start;
		}
		int guanyu = before.lastIndexOf("关于");
		Matcher placeAndVerb = PLACE_AND_VERB.matcher(before);
		int from = guanyu;
		while (guanyu < 0 && placeAndVerb.find()) {
			from = Math.max(from, placeStart(before, placeAndVerb.start(), placeAndVerb.start(1)));
		}
		from = (from < 0) ? afterLastIssuingVerb(before) : from;
		boolean sameClause = from >= 0 && before.substring(from).chars().noneMatch((c) -> "，。；：、".indexOf(c) >= 0);
		return sameClause ? sentence.start() + from : start;
	}

	private static int afterLastIssuingVerb(String text) {
		Matcher issued = ISSUED.matcher(text);
		int end = -1;
		while (issued.find()) {
			end = issued.end();
		}
		// 出台…五年规划以及每年度的具体工作方案: two documents issued together are two names.
		return (end >= 0 && text.indexOf("以及", end) >= 0) ? -1 : end;
	}

	/** Where the place in 制定慈溪市加快 begins: the first offset from which the text starts with a known place. */
	private int placeStart(String text, int from, int verb) {
		for (int i = from; i < verb; i++) {
			if (this.lexicons.startsWithPlace(text.substring(i))) {
				return i;
			}
		}
		return -1;
	}

	/** A name cannot begin outside a bracket it closes inside: 开发区（园区 becomes 园区. */
	private static int afterUnclosedBracket(AnalysedSentence sentence, int start, int end) {
		String name = sentence.slice(start, end);
		int depth = 0;
		for (int i = name.length() - 1; i >= 0; i--) {
			char c = name.charAt(i);
			depth += (c == '）' || c == ')') ? 1 : (c == '（' || c == '(') ? -1 : 0;
			if (depth < 0) {
				return start + i + 1;
			}
		}
		return start;
	}

}

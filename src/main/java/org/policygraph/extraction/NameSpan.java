package org.policygraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a name that ends with a head noun begins and ends: extends left over the tokens (across the verbs a programme
 * name may contain, across the 和 of a two-portfolio agency; a programme's title as {@link ProgrammeTitleStart} finds
 * it), and right over a dated edition in brackets; never starts inside a bracket or with the issuing agency of a
 * programme.
 */
class NameSpan {

	private static final int MAX_LENGTH = 26;

	private static final Pattern EDITION = Pattern.compile("^（[^（）]{0,10}\\d[^（）]{0,10}）");

	private final Lexicons lexicons;

	private final BoundaryRepairs repairs;

	private final ParkBoundaries parkBoundaries;

	private final ProgrammeTitleStart titles;

	private final LeftExtension extension = new LeftExtension(MAX_LENGTH, false);

	private final LeftExtension programmeExtension = new LeftExtension(MAX_LENGTH, true);

	private final LeftExtension companyExtension = new LeftExtension(MAX_LENGTH, false, true);

	NameSpan(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.repairs = new BoundaryRepairs(lexicons);
		this.parkBoundaries = new ParkBoundaries(lexicons);
		this.titles = new ProgrammeTitleStart(lexicons);
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
		start = (headType == EntityType.ENTERPRISE) ? this.repairs.afterCategory(sentence, withTradeCharacter(sentence, start), end)
				: start;
		start = programme ? this.titles.start(sentence, start, end) : start;
		start = (headType == EntityType.AGENCY) ? acrossHe(sentence, start, end) : start;
		start = programme ? start : this.repairs.withCutPlace(sentence, start);
		start = afterUnclosedBracket(sentence, BoundaryRepairs.resegmented(sentence, start), end);
		start = afterLeadingAgency(sentence, start, end);
		start = (headType == EntityType.PARK) ? this.parkBoundaries.start(sentence, start, end) : start;
		int last = (headType == EntityType.PARK)
				? this.parkBoundaries.end(sentence, this.repairs.withPlaceInBrackets(sentence, end)) : end;
		return new int[] { start, withEditionInBrackets(sentence, last) };
	}

	/** 新昌县天岳轴承有限公司 segmented 新昌县/ns 天/qt 岳轴承有限公司/nt: one character after the place opens the trade name. */
	private static int withTradeCharacter(AnalysedSentence sentence, int start) {
		int character = sentence.tokenAt(start - 1);
		if (character < 1) {
			return start;
		}
		var token = sentence.tokens().get(character);
		boolean lone = token.word().length() == 1 && !token.isPunctuation() && !LeftExtension.isStopWord(token)
				&& !token.isVerb() && !token.partOfSpeech().matches("[pcfdrmu].*");
		return lone && sentence.tokens().get(character - 1).partOfSpeech().startsWith("ns")
				? sentence.tokens().get(character - 1).offset() : start;
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
			.isPresent() || this.lexicons.startsWithPlace(after) || ProperNames.startsWithDivision(after)
				|| ProperNames.startsWithTown(after);
		return joinsTwoAgencies ? start : this.extension.start(sentence.tokens(), before - 1, end);
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

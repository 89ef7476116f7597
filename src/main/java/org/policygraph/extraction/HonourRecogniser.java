package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lists that something enters, with their year, place, ordinal and level (入选浙江省第二批产业集群新智造试点名单,
 * 列入2022年度安徽省智能工厂和数字化车间名单, 列入浙江省开发区（园区）名单（2021年版）): needs the sentence text, adds programme
 * mentions. A list follows a word of selection in the same clause; a title with its place or level follows a word that
 * confers it (被认定为浙江省隐形冠军企业, 评为省级智能工厂、省级数字化车间).
 */
class HonourRecogniser implements MentionRecogniser {

	private static final Pattern SELECTION = Pattern.compile(
			"(?:入选|列入|获评|认定为|评为|被列为|新认定的|首次认定为|申报|入围|获批|创成)(?:了|为)?");

	/**
	 * Words that confer a title or enter a list that confers one (认定为省级专精特新中小企业, 获评国家级科技企业孵化器,
	 * 入选省级数字化车间), or say that a title was won by building to its standard (天岳轴承建成省级数字化车间,
	 * 成功创建国家级绿色工业园区; not a count built: 累计建成国家级博士后科研工作站5家).
	 */
	private static final Pattern DESIGNATION = Pattern
		.compile("(?:认定为|评为|获评|命名为|入选|列入|(?<![计共])建成|成功创建为?|创成)");

	/** The ordinal of a batch (第四批), which like a level makes a title conferred (入选第四批省级跨境电子商务产业园). */
	private static final String ORDINAL = "第[一二三四五六七八九十\\d]+批";

	/** A place before a level: two or three characters and 省 or 市, not an ordinal (第二批省级). */
	private static final String PLACE = "(?<place>(?!第)[\\u4e00-\\u9fa5]{2,3}[省市])?";

	/**
	 * A title with its place, level or ordinal, ending where the clause, a list or a 的 goes on; 市级以上 is a range of
	 * levels, no title's.
	 */
	private static final Pattern TITLE = Pattern.compile("(?:\\d{4}年度?)?(?<ordinal>" + ORDINAL + ")?“?" + PLACE
			+ "(?<level>国家级|省级|市级|县级|国家|省|市)?(?!级?及?以上)(?:(?!的|给予|奖励|分别|一次性|和(?:国家|省|市))[\\u4e00-\\u9fa5“”（）]){3,18}"
			+ "(?=[的、，。；]|和(?:国家|省|市)|分别|给予|一次性|(?<=团队)\\d+个|$)");

	private static final Pattern CLAUSE_END = Pattern.compile("[，。；：！？]");

	/** The body of a list's name: words, brackets, quotes and figures, with the + of a count (“5+5+N”产业链). */
	private static final String BODY = "(?:[\\u4e00-\\u9fa5（）“”\\d]|(?<=[“\\d+＋])[+＋A-Z](?=[\\d+＋A-Z”]))";

	/**
	 * Year, ordinal, place and level prefixes in either order, the body of the list (no 的, not starting with a
	 * figure), its head and its edition (（2021年版）).
	 */
	private static final Pattern HONOUR = Pattern.compile("(?:\\d{4}年度?)?" + PLACE + "(?:\\d{4}年度?)?(?:" + ORDINAL + ")?"
			+ "(?:国家级|省级|市级|县级|国家|省|市)?"
			+ "(?:(?!本|该|此|上述|\\d)(?:(?!的|等|及其|和(?:国家|省|市))" + BODY + "){2,20}?)"
			+ "(?:名单|清单|榜单|培育库|项目库|资源池|导向目录)(?:（\\d{4}年版）)?(?![\\u4e00-\\u9fa5&&[^的和及等]])");

	/** The last character of an agency's name (工业和信息化部, 省经信厅). */
	private static final Pattern AGENCY = Pattern.compile("[部局厅委办]");

	private final Lexicons lexicons;

	HonourRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		String text = sentence.text();
		Matcher selection = SELECTION.matcher(text);
		while (selection.find()) {
			Matcher end = CLAUSE_END.matcher(text);
			int clauseEnd = end.find(selection.end()) ? end.start() : text.length();
			mentions.addAll(honours(sentence, selection.end(), clauseEnd));
		}
		Matcher designation = DESIGNATION.matcher(text);
		while (designation.find()) {
			mentions.addAll(titles(sentence, designation.end()));
		}
		// 入选…名单 is read both as a list entered and as a title entered.
		return mentions.stream().distinct().toList();
	}

	/** The lists named from {@code from} to the clause's end; an agency's list starts after the agency (工信部第五批…). */
	private List<Mention> honours(AnalysedSentence sentence, int from, int clauseEnd) {
		List<Mention> honours = new ArrayList<>();
		Matcher honour = HONOUR.matcher(sentence.text());
		while (from < clauseEnd && honour.region(from, clauseEnd).find()) {
			int agencyEnd = agencyEnd(honour.group());
			if (agencyEnd > 0) {
				from = honour.start() + agencyEnd;
			}
			else {
				if (honour.group("place") == null || this.lexicons.startsWithPlace(honour.group("place"))) {
					int start = sentence.start() + honour.start();
					honours.add(new Mention(EntityType.PROGRAMME, Names.strip(honour.group()), start,
							start + honour.group().length()));
				}
				from = honour.end();
			}
		}
		return honours;
	}

	/** The titles conferred from {@code from} on, several when joined by 、 (省级智能工厂、省级数字化车间). */
	private List<Mention> titles(AnalysedSentence sentence, int from) {
		List<Mention> titles = new ArrayList<>();
		Matcher title = TITLE.matcher(sentence.text());
		while (from < sentence.text().length() && title.region(from, sentence.text().length()).lookingAt()) {
			boolean placed = title.group("place") != null && this.lexicons.startsWithPlace(title.group("place"));
			if (title.group("level") == null && title.group("ordinal") == null && !placed) {
				break;
			}
			int start = sentence.start() + title.start();
			int end = start + title.group().length();
			String name = Names.strip(title.group());
			// 表1 2023年我市入选第五批国家级专精特新“小巨人”企业情况: a table's caption reports on entrants, names no title.
			if (!name.endsWith("情况")) {
				titles.add(new Mention(type(sentence, name, end), name, start, end));
			}
			from = title.end() + 1;
			// 评为省级智能工厂、省级数字化车间; 获评国家级科技企业孵化器和国家备案众创空间.
			if (title.end() >= sentence.text().length() || "、和".indexOf(sentence.text().charAt(title.end())) < 0) {
				break;
			}
		}
		return titles;
	}

	/**
	 * 入选省“双创计划”的人才: a title whose entrants are people is a talent scheme; a title conferred on firms or bases
	 * (省级高技能人才培训基地) is an honour, a programme, whatever it is about, unless named for
	 * people (省级领军型创新创业团队).
	 */
	private EntityType type(AnalysedSentence sentence, String name, int end) {
		return TalentSignals.isForPeople(sentence, end) || name.endsWith("团队") || TalentSignals.namesPeople(name)
				? EntityType.TALENT_SCHEME : EntityType.PROGRAMME;
	}

	/** Where the last agency name inside the match ends, or 0. */
	private static int agencyEnd(String match) {
		int end = 0;
		Matcher agency = AGENCY.matcher(match);
		while (agency.find()) {
			end = agency.end();
		}
		return end;
	}

}

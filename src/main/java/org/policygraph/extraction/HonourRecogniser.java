package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lists that something enters, with their year, place, ordinal and level (入选浙江省第二批产业集群新智造试点名单,
 * 列入2022年度安徽省智能工厂和数字化车间名单, 列入浙江省开发区（园区）名单（2021年版）): needs the sentence text, adds programme
 * mentions. A list follows a word of selection in the same clause.
 */
class HonourRecogniser implements MentionRecogniser {

	private static final Pattern SELECTION = Pattern.compile(
			"(?:入选|列入|获评|认定为|评为|被列为|新认定的|首次认定为|申报|入围|获批|创成)(?:了|为)?");

	private static final Pattern CLAUSE_END = Pattern.compile("[，。；：！？]");

	private static final String BODY = "[\\u4e00-\\u9fa5（）\\d]";

	/**
	 * Year, ordinal, place and level prefixes in either order, the body of the list (no 的, not starting with a figure), its head and
	 * its edition (（2021年版）).
	 */
	private static final Pattern HONOUR = Pattern.compile("(?<year>\\d{4}年度?)?(?<place>[\\u4e00-\\u9fa5]{2,3}[省市])?"
			+ "(?:\\d{4}年度?)?(?:第[一二三四五六七八九十\\d]+批)?(?<level>国家级|省级|市级|县级|国家|省|市)?"
			+ "(?<body>(?!本|该|此|上述|\\d)(?:(?!的|等|及其|和(?:国家|省|市))" + BODY + "){2,20}?)"
			+ "(?:名单|榜单|培育库|项目库|资源池|导向目录)(?:（\\d{4}年版）)?(?![\\u4e00-\\u9fa5&&[^的和及等]])");

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
		return mentions;
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
					honours.add(new Mention(EntityType.PROGRAMME, honour.group(), start, start + honour.group().length()));
				}
				from = honour.end();
			}
		}
		return honours;
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

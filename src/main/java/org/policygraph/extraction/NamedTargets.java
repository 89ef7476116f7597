package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.policygraph.extraction.EntityType.INDUSTRY;
import static org.policygraph.extraction.EntityType.PROGRAMME;

/**
 * Targets (TARGETS) that names state by standing where they stand: a programme whose own name promotes an industry
 * (滁州市推进光伏产业高质量发展三年行动计划 → 光伏), and the lists an industry, or a place's cluster of it, enters as the
 * subject of its clause (照明灯具产业入选…特色产业名单; 2023年，我县轴承产业列入…名单; 瑞安汽车关键零部件产业集群入选A，并列入B).
 */
final class NamedTargets {

	/** An industry entering a list as the subject of its clause: 照明灯具产业入选全省…特色产业名单. */
	private static final Pattern ENTERS = Pattern
		.compile("(?:产业|行业)?(?:集群|链)?(?:先后|成功|已|均|被)*(?:入选|列入|纳入)");

	/** What a clause may hold before the industry that enters a list: a year, a place (我县, 瑞安) and 作为. */
	private static final Pattern LEAD = Pattern.compile("(?:\\d{4}年度?)?(?:我[市县区省]|@|[\\u4e00-\\u9fa5]{2,3}(?=#))?(?:作为)?#");

	/** A clause that goes on listing the subject of the clause before: …入选A，并列入B. */
	private static final Pattern ENTERS_TOO = Pattern.compile("(?:并|同时|还|也|又|再)?(?:先后|成功|已)*(?:入选|列入|纳入)");

	/** A verb of promotion right before an industry in a programme's name: 推进光伏产业…. */
	private static final Pattern PROMOTES = Pattern.compile("(?:支持|推进|加快|促进|推动)$");

	/** A verb by which a clause after a programme takes up an industry its name holds: 编制《…羊绒产业…规划》，推动羊绒产业…. */
	private static final Pattern TAKES_UP = Pattern.compile("推动|推进|促进|围绕|聚焦|支持|加快");

	private NamedTargets() {
	}

	static List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>(entered(sentence, documentId));
		relations.addAll(promoted(sentence, documentId));
		return relations;
	}

	/**
	 * The industry a programme's own name says it promotes: 滁州市推进光伏产业高质量发展三年行动计划 → 光伏,
	 * 安徽省支持汽车零部件企业配套发展若干政策 → 汽车零部件 (not 陶瓷行业数字化转型指南, which names no verb of promotion), or
	 * that a later clause of the sentence takes up (编制《清河县羊绒产业高质量发展规划》，推动羊绒产业由…).
	 */
	private static List<Relation> promoted(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		for (Mention programme : sentence.ofTypes(Set.of(PROGRAMME))) {
			if (sentence.isNested(programme)) {
				continue;
			}
			sentence.ofTypes(Set.of(INDUSTRY))
				.stream()
				.filter((industry) -> programme.start() < industry.start() && industry.end() <= programme.end())
				.filter((industry) -> PROMOTES.matcher(sentence.between(programme.start(), industry.start())).find()
						|| takenUp(sentence, programme, industry))
				.forEach((industry) -> relations.add(new Relation(RelationType.TARGETS, sentence.ref(programme),
						sentence.ref(industry), sentence.sentence().evidence(documentId))));
		}
		return relations;
	}

	/** Whether a later clause restates an industry a programme's name holds, after a verb that takes it up. */
	private static boolean takenUp(MentionedSentence sentence, Mention programme, Mention industry) {
		return sentence.ofTypes(Set.of(INDUSTRY))
			.stream()
			.filter((m) -> m.start() > programme.end() && !sentence.isNested(m))
			.filter((m) -> sentence.ref(m).equals(sentence.ref(industry)))
			.anyMatch((m) -> TAKES_UP.matcher(sentence.between(sentence.clauseAround(m.start())[0], m.start())).find());
	}

	/** The lists an industry that opens its clause enters (and those the clauses after it go on to), each targeting it. */
	private static List<Relation> entered(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		List<Mention> industries = sentence.ofTypes(Set.of(INDUSTRY))
			.stream()
			.filter((industry) -> !sentence.isNested(industry))
			.toList();
		for (int i = 0; i < industries.size(); i++) {
			int last = listEnd(sentence, industries, i);
			Matcher enters = ENTERS.matcher(sentence.between(industries.get(last).end(), sentence.sentence().end()));
			if (enters.lookingAt() && opensClause(sentence, industries.get(i))) {
				for (Mention list : lists(sentence, industries.get(last).end() + enters.end())) {
					for (Mention industry : industries.subList(i, last + 1)) {
						relations.add(new Relation(RelationType.TARGETS, sentence.ref(list), sentence.ref(industry),
								sentence.sentence().evidence(documentId)));
					}
				}
			}
			i = last;
		}
		return relations;
	}

	/** The index of the last industry of the 、/和 list that starts at index {@code first} (鞋业、汽摩配行业…). */
	private static int listEnd(MentionedSentence sentence, List<Mention> industries, int first) {
		int last = first;
		while (last + 1 < industries.size()
				&& sentence.between(industries.get(last).end(), industries.get(last + 1).start()).matches("[、和]")) {
			last++;
		}
		return last;
	}

	/** Whether only a year, a place and 作为 stand before an industry in its clause (2023年，我县轴承产业…). */
	private static boolean opensClause(MentionedSentence sentence, Mention industry) {
		int clauseStart = sentence.clauseAround(industry.start())[0];
		if (sentence.opensAfterNumbering(clauseStart, industry)) {
			return true;
		}
		StringBuilder lead = new StringBuilder(sentence.between(clauseStart, industry.start()));
		sentence.ofTypes(Set.of(EntityType.REGION, EntityType.PARK))
			.stream()
			.filter((m) -> m.start() >= clauseStart && m.end() <= industry.start())
			.sorted((a, b) -> b.start() - a.start())
			.forEach((m) -> lead.replace(m.start() - clauseStart, m.end() - clauseStart, "@"));
		return LEAD.matcher(lead.append('#')).matches();
	}

	/** The lists named after a trigger in its clause, and in the clauses after it that go on listing (，并列入B). */
	private static List<Mention> lists(MentionedSentence sentence, int from) {
		List<Mention> lists = new ArrayList<>();
		int start = from;
		while (start < sentence.sentence().end()) {
			int end = sentence.clauseAround(start)[1];
			int at = start;
			sentence.ofTypes(Set.of(PROGRAMME))
				.stream()
				.filter((m) -> m.start() >= at && m.end() <= end && !sentence.isNested(m))
				.forEach(lists::add);
			Matcher more = ENTERS_TOO.matcher(sentence.between(end + 1, sentence.sentence().end()));
			if (!more.lookingAt()) {
				break;
			}
			start = end + 1 + more.end();
		}
		return lists;
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The industries a park is said to focus on (FOCUSES_ON): 黄岩智能模具小镇位于黄岩区，重点发展模具和塑料制品产业;
 * 乐清智能电气小微企业园以电气产业为主导; 在A、B两大平台集中布局智能视觉…; 以A、B为主平台，推动经编产业向园区集聚. The parks
 * must be the subject: the names ahead of the trigger in its clause, or, when the clause has none, the name that opens
 * the clause before it.
 */
class FocusRelations {

	private static final Pattern FOCUS = Pattern
		.compile("重点发展|(?:重点|专门|主要)承接|重点孵化|重点引进|布局|着力发展|大力发展|做大做强|聚焦|主攻|围绕|主导产业为"
				+ "|以(?=[^，,；;。]{1,30}为(?:主导|主攻方向|重点方向))");

	private static final Pattern FOCUS_END = Pattern.compile("(发展|承接|孵化|引进|布局|做强|聚焦|主攻|围绕|为|以)$");

	/** Parks named as the platform of what the rest of the sentence develops: 以A、B为主平台，推动经编产业向园区集聚. */
	private static final Pattern PLATFORM = Pattern
		.compile("以([^，,；;。]{2,60}?)为(?:主|核心)?(?:平台|载体|主阵地|主战场)");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		Evidence evidence = sentence.sentence().evidence(documentId);
		Matcher matcher = FOCUS.matcher(sentence.sentence().text());
		while (matcher.find()) {
			int at = sentence.sentence().start() + matcher.start();
			int[] clause = sentence.clauseAround(at);
			List<Mention> industries = sentence.ofTypes(Set.of(EntityType.INDUSTRY))
				.stream()
				.filter((m) -> m.start() >= at && m.end() <= clause[1])
				.filter((m) -> sentence.startsAtWordBoundary(m, FOCUS_END) || afterPlace(sentence, m))
				.toList();
			List<EntityRef> parks = FocusSubjects.of(sentence, clause[0], at);
			if (sentence.between(clause[0], at).endsWith("分别")) {
				respectively(sentence, parks, industries, evidence, relations);
			}
			else {
				focus(sentence, parks, industries, evidence, relations);
			}
		}
		platforms(sentence, evidence, relations);
		return relations;
	}

	/** The industries after the parks a sentence names as its platform (以A、B为主平台，推动经编产业向园区集聚). */
	private static void platforms(MentionedSentence sentence, Evidence evidence, List<Relation> relations) {
		Matcher platform = PLATFORM.matcher(sentence.sentence().text());
		while (platform.find()) {
			int end = sentence.sentence().start() + platform.end();
			List<EntityRef> parks = refs(sentence, sentence.sentence().start() + platform.start(1),
					sentence.sentence().start() + platform.end(1));
			focus(sentence, parks, sentence.ofTypes(Set.of(EntityType.INDUSTRY)).stream()
				.filter((m) -> m.start() >= end).toList(), evidence, relations);
		}
	}

	private static void focus(MentionedSentence sentence, List<EntityRef> parks, List<Mention> industries,
			Evidence evidence, List<Relation> relations) {
		industries.stream()
			.filter((m) -> !sentence.isNested(m) && sentence.endsAtWordBoundary(m))
			.forEach((m) -> parks.forEach((park) -> relations
				.add(new Relation(RelationType.FOCUSES_ON, park, sentence.ref(m), evidence))));
	}

	/** Whether a place qualifies an industry right before it: 重点承接沪苏浙地区汽车零部件…产业转移. */
	private static boolean afterPlace(MentionedSentence sentence, Mention industry) {
		return sentence.between(industry.start() - 2, industry.start()).equals("地区")
				|| sentence.ofTypes(Set.of(EntityType.REGION)).stream().anyMatch((m) -> m.end() == industry.start());
	}

	/** Parks that focus 分别 (respectively) on as many industries: the first on the first, and so on. */
	private static void respectively(MentionedSentence sentence, List<EntityRef> parks, List<Mention> industries,
			Evidence evidence, List<Relation> relations) {
		List<Mention> named = industries.stream()
			.filter((m) -> !sentence.isNested(m) && sentence.endsAtWordBoundary(m))
			.toList();
		if (named.size() != parks.size()) {
			focus(sentence, parks, industries, evidence, relations);
			return;
		}
		for (int i = 0; i < parks.size(); i++) {
			relations.add(new Relation(RelationType.FOCUSES_ON, parks.get(i), sentence.ref(named.get(i)), evidence));
		}
	}

	/** The parks named between two offsets, outermost names only. */
	static List<EntityRef> refs(MentionedSentence sentence, int from, int to) {
		return sentence.ofTypes(Set.of(EntityType.PARK))
			.stream()
			.filter((m) -> m.start() >= from && m.end() <= to && !sentence.isNested(m))
			.map(sentence::ref)
			.distinct()
			.toList();
	}

}

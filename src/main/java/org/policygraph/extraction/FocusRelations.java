package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
				+ "|以(?=[^，,；;。]{1,30}为主导)");

	private static final Pattern FOCUS_END = Pattern.compile("(发展|承接|孵化|引进|布局|做强|聚焦|主攻|围绕|为|以)$");

	/** Parks named as the platform of what the rest of the sentence develops: 以A、B为主平台，推动经编产业向园区集聚. */
	private static final Pattern PLATFORM = Pattern
		.compile("以([^，,；;。]{2,60}?)为(?:主|核心)?(?:平台|载体|主阵地|主战场)");

	/** What a clause may hold before its verb of focus when its subject is the topic of the clauses before. */
	private static final Pattern NO_SUBJECT = Pattern
		.compile("(?:目前|现|已|已经|并|同时|还|也|均|将|主要|重点|集中|建成后|今后|未来|下一步|进一步|积极|着力)*");

	/** What follows a park that is the subject of its clause (位于飞云街道的飞云江智造小微企业园（一期）已开工建设). */
	private static final Pattern ACTS = Pattern.compile("(?:（[^）]{1,6}）)?(?:已|正在|将|于|建成|开工|投用)");

	/** A park a clause casts as the platform of what follows: 坚持海盐经济开发区（西塘桥街道）作为全县工业发展的主战场. */
	private static final Pattern CAST = Pattern
		.compile("(?:（[^）]{1,12}）)?(?:作为|是)[^，,；;。]{0,20}(?:平台|载体|主阵地|主战场|主引擎)");

	/** Verbs that found or plan the park they govern, making it the topic of the clause after. */
	private static final Pattern FOUNDS = Pattern.compile("(?:共建|建设|打造|建成|设立|创建|培育|谋划|组建)$");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		Evidence evidence = sentence.sentence().evidence(documentId);
		Matcher matcher = FOCUS.matcher(sentence.sentence().text());
		while (matcher.find()) {
			int at = sentence.sentence().start() + matcher.start();
			int[] clause = sentence.clauseAround(at);
			List<Mention> industries = sentence.ofTypes(Set.of(EntityType.INDUSTRY))
				.stream()
				.filter((m) -> m.start() >= at && m.end() <= clause[1] && sentence.startsAtWordBoundary(m, FOCUS_END))
				.toList();
			focus(sentence, subjects(sentence, clause[0], at), industries, evidence, relations);
		}
		Matcher platform = PLATFORM.matcher(sentence.sentence().text());
		while (platform.find()) {
			int end = sentence.sentence().start() + platform.end();
			List<EntityRef> parks = refs(sentence, sentence.sentence().start() + platform.start(1),
					sentence.sentence().start() + platform.end(1));
			focus(sentence, parks, sentence.ofTypes(Set.of(EntityType.INDUSTRY)).stream()
				.filter((m) -> m.start() >= end).toList(), evidence, relations);
		}
		return relations;
	}

	private static void focus(MentionedSentence sentence, List<EntityRef> parks, List<Mention> industries,
			Evidence evidence, List<Relation> relations) {
		industries.stream()
			.filter((m) -> !sentence.isNested(m) && sentence.endsAtWordBoundary(m))
			.forEach((m) -> parks.forEach((park) -> relations
				.add(new Relation(RelationType.FOCUSES_ON, park, sentence.ref(m), evidence))));
	}
	/**
	 * The parks a focus belongs to: those ahead of it in its clause when they are its only names (在A、B两大平台集中布局…),
	 * else the nearest name if it is a park, or the park that opens the clause before.
	 */
	private static List<EntityRef> subjects(MentionedSentence sentence, int clauseStart, int at) {
		List<Mention> inClause = sentence.mentions()
			.stream()
			.filter((m) -> m.start() >= clauseStart && m.end() <= at && m.type() != EntityType.INDUSTRY)
			.filter((m) -> !sentence.isNested(m))
			.toList();
		if (!inClause.isEmpty() && inClause.stream().allMatch((m) -> m.type() == EntityType.PARK)) {
			return refs(sentence, clauseStart, at);
		}
		if (inClause.isEmpty() && !NO_SUBJECT.matcher(sentence.between(clauseStart, at)).matches()) {
			return BackReference.resolve(sentence, clauseStart, at, Set.of(EntityType.PARK)).map(sentence::ref)
				.stream().toList();
		}
		Optional<Mention> subject = inClause.isEmpty() ? opening(sentence, clauseStart)
				: Optional.of(inClause.get(inClause.size() - 1));
		return subject.filter((m) -> m.type() == EntityType.PARK).map(sentence::ref).stream().toList();
	}

	private static List<Mention> names(MentionedSentence sentence, int from, int to) {
		return sentence.mentions()
			.stream()
			.filter((m) -> m.start() >= from && m.end() <= to && !sentence.isNested(m))
			.toList();
	}

	private static List<EntityRef> refs(MentionedSentence sentence, int from, int to) {
		return sentence.ofTypes(Set.of(EntityType.PARK))
			.stream()
			.filter((m) -> m.start() >= from && m.end() <= to && !sentence.isNested(m))
			.map(sentence::ref)
			.distinct()
			.toList();
	}

	/**
	 * The name that opens the clause before (其中A位于…，专门承接…; clauses between that name nothing, 入驻企业420余家, are
	 * passed over), when a clause names nothing of its own, or the park
	 * that clause refers back to by its head (加快黄岩模具小镇建设，小镇位于…，重点发展…), or else the park that closes it after a
	 * verb that founds it (积极谋划太湖图影数字小镇，重点发展数字经济), or the park that is the subject of that clause
	 * (位于飞云街道的飞云江智造小微企业园（一期）已开工建设，…，建成后将重点引进…).
	 */
	/** The park a clause is about when it acts (…已开工建设) and the only other names place it (位于飞云街道的…). */
	private static Optional<Mention> actingPark(MentionedSentence sentence, List<Mention> names, int clauseEnd) {
		Mention last = names.get(names.size() - 1);
		boolean placedOnly = names.stream().allMatch((m) -> m == last || m.type() == EntityType.REGION);
		boolean acts = ACTS.matcher(sentence.between(last.end(), clauseEnd)).lookingAt();
		return (last.type() == EntityType.PARK && placedOnly && acts) ? Optional.of(last) : Optional.empty();
	}

	private static Optional<Mention> opening(MentionedSentence sentence, int clauseStart) {
		if (clauseStart <= sentence.sentence().start()
				|| ";；".indexOf(sentence.between(clauseStart - 1, clauseStart)) >= 0) {
			return Optional.empty();
		}
		int[] previous = sentence.clauseAround(clauseStart - 1);
		List<Mention> names = names(sentence, previous[0], clauseStart);
		if (names.isEmpty()) {
			return opening(sentence, previous[0]);
		}
		return names.stream()
			.findFirst()
			.filter((m) -> sentence.opensAfterNumbering(previous[0], m)
					|| sentence.between(previous[0], m.start()).equals("其中"))
			.or(() -> actingPark(sentence, names, clauseStart))
			.or(() -> names.stream().findFirst().filter((m) -> m.type() == EntityType.PARK)
				.filter((m) -> sentence.between(previous[0], m.start()).matches("(?:坚持|以|把|将)?")
						&& CAST.matcher(sentence.between(m.end(), clauseStart)).lookingAt()))
			.or(() -> BackReference.resolve(sentence, previous[0], clauseStart, Set.of(EntityType.PARK)))
			.or(() -> names.stream()
				.reduce((first, second) -> second)
				.filter((m) -> m.type() == EntityType.PARK && m.end() == clauseStart - 1)
				.filter((m) -> FOUNDS.matcher(sentence.between(previous[0], m.start())).find()));
	}

}

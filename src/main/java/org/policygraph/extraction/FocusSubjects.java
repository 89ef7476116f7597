package org.policygraph.extraction;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parks a statement of focus is about ({@link FocusRelations}): the names ahead of the verb in its clause, or, when
 * the clause names none, the park the clauses before it are about.
 */
final class FocusSubjects {

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

	private FocusSubjects() {
	}

	/**
	 * The parks a focus belongs to: those ahead of it in its clause when they are its only names (在A、B两大平台集中布局…),
	 * else the nearest name if it is a park, or the park that opens the clause before.
	 */
	static List<EntityRef> of(MentionedSentence sentence, int clauseStart, int at) {
		List<Mention> inClause = sentence.mentions()
			.stream()
			.filter((m) -> m.start() >= clauseStart && m.end() <= at && m.type() != EntityType.INDUSTRY)
			.filter((m) -> !sentence.isNested(m))
			.toList();
		if (!inClause.isEmpty() && inClause.stream().allMatch((m) -> m.type() == EntityType.PARK)) {
			return FocusRelations.refs(sentence, clauseStart, at);
		}
		if (inClause.isEmpty() && singlesOutIndustry(sentence, clauseStart, at)) {
			return opening(sentence, clauseStart).filter((m) -> m.type() == EntityType.PARK).map(sentence::ref)
				.stream().toList();
		}
		if (inClause.isEmpty() && !NO_SUBJECT.matcher(sentence.between(clauseStart, at)).matches()) {
			return BackReference.resolve(sentence, clauseStart, at, Set.of(EntityType.PARK)).map(sentence::ref)
				.stream().toList();
		}
		Optional<Mention> subject = inClause.isEmpty() ? opening(sentence, clauseStart)
				: Optional.of(inClause.get(inClause.size() - 1));
		return subject.filter((m) -> m.type() == EntityType.PARK).map(sentence::ref).stream().toList();
	}

	/** Whether a clause opens with 其中 and one of the industries before it (…三大主导产业，其中新能源产业以动力电池…为主攻方向). */
	private static boolean singlesOutIndustry(MentionedSentence sentence, int clauseStart, int at) {
		return sentence.ofTypes(Set.of(EntityType.INDUSTRY))
			.stream()
			.anyMatch((m) -> sentence.between(clauseStart, m.start()).equals("其中")
					&& sentence.between(m.end(), at).matches("(?:产业|行业)?"));
	}

	private static List<Mention> names(MentionedSentence sentence, int from, int to) {
		return sentence.mentions()
			.stream()
			.filter((m) -> m.start() >= from && m.end() <= to && !sentence.isNested(m))
			.toList();
	}


	/** The park that opens a clause casting it as the platform of what follows (坚持P（…）作为…主战场). */
	private static Optional<Mention> cast(MentionedSentence sentence, Mention first, int clauseStart, int clauseEnd) {
		return Optional.of(first)
			.filter((m) -> m.type() == EntityType.PARK)
			.filter((m) -> sentence.between(clauseStart, m.start()).matches("(?:坚持|以|把|将)?")
					&& CAST.matcher(sentence.between(m.end(), clauseEnd)).lookingAt());
	}

	/** The park a clause is about when it acts (…已开工建设) and the only other names place it (位于飞云街道的…). */
	private static Optional<Mention> actingPark(MentionedSentence sentence, List<Mention> names, int clauseEnd) {
		Mention last = names.get(names.size() - 1);
		boolean placedOnly = names.stream().allMatch((m) -> m == last || m.type() == EntityType.REGION);
		boolean acts = ACTS.matcher(sentence.between(last.end(), clauseEnd)).lookingAt();
		return (last.type() == EntityType.PARK && placedOnly && acts) ? Optional.of(last) : Optional.empty();
	}

	/**
	 * The name that opens the clause before (其中A位于…，专门承接…; clauses between that name nothing, 入驻企业420余家, are
	 * passed over), when a clause names nothing of its own, or the park
	 * that clause refers back to by its head (加快黄岩模具小镇建设，小镇位于…，重点发展…), or else the park that closes it after a
	 * verb that founds it (积极谋划太湖图影数字小镇，重点发展数字经济), or the park that is the subject of that clause
	 * (位于飞云街道的飞云江智造小微企业园（一期）已开工建设，…，建成后将重点引进…).
	 */
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
			.or(() -> cast(sentence, names.get(0), previous[0], clauseStart))
			.or(() -> BackReference.resolve(sentence, previous[0], clauseStart, Set.of(EntityType.PARK)))
			.or(() -> names.stream()
				.reduce((first, second) -> second)
				.filter((m) -> m.type() == EntityType.PARK && m.end() == clauseStart - 1)
				.filter((m) -> FOUNDS.matcher(sentence.between(previous[0], m.start())).find()));
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The industries a park is said to focus on (FOCUSES_ON): 黄岩智能模具小镇位于黄岩区，重点发展模具和塑料制品产业;
 * 乐清智能电气小微企业园以电气产业为主导. The park must be the subject: the name nearest ahead of the trigger in its
 * clause, or, when the clause has none, the name that opens the clause before it.
 */
class FocusRelations {

	private static final Pattern FOCUS = Pattern
		.compile("重点发展|重点布局|着力发展|大力发展|聚焦|主攻|围绕|主导产业为|以(?=[^，,；;。]{1,30}为主导)");

	private static final Pattern FOCUS_END = Pattern.compile("(发展|布局|聚焦|主攻|围绕|为|以)$");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		Matcher matcher = FOCUS.matcher(sentence.sentence().text());
		while (matcher.find()) {
			int at = sentence.sentence().start() + matcher.start();
			int[] clause = sentence.clauseAround(at);
			Optional<Mention> subject = subject(sentence, clause[0], at);
			if (subject.isEmpty() || subject.get().type() != EntityType.PARK) {
				continue;
			}
			EntityRef park = sentence.ref(subject.get());
			Evidence evidence = sentence.sentence().evidence(documentId);
			sentence.mentions()
				.stream()
				.filter((m) -> m.type() == EntityType.INDUSTRY && m.start() >= at && m.end() <= clause[1])
				.filter((m) -> !sentence.isNested(m) && sentence.endsAtWordBoundary(m)
						&& sentence.startsAtWordBoundary(m, FOCUS_END))
				.forEach((m) -> relations.add(new Relation(RelationType.FOCUSES_ON, park, sentence.ref(m), evidence)));
		}
		return relations;
	}

	private static Optional<Mention> subject(MentionedSentence sentence, int clauseStart, int at) {
		Optional<Mention> inClause = sentence.mentions()
			.stream()
			.filter((m) -> m.start() >= clauseStart && m.end() <= at && m.type() != EntityType.INDUSTRY)
			.filter((m) -> !sentence.isNested(m))
			.reduce((first, second) -> second);
		if (inClause.isPresent() || clauseStart <= sentence.sentence().start()) {
			return inClause;
		}
		int[] previous = sentence.clauseAround(clauseStart - 1);
		if (";；".indexOf(sentence.between(clauseStart - 1, clauseStart)) >= 0) {
			return Optional.empty();
		}
		return sentence.mentions()
			.stream()
			.filter((m) -> m.start() >= previous[0] && m.end() <= clauseStart && !sentence.isNested(m))
			.findFirst()
			.filter((m) -> sentence.opensAfterNumbering(previous[0], m));
	}

}

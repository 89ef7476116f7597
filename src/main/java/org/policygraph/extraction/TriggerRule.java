package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relation stated by a trigger word inside one clause: entities of the {@code before} types ahead of the trigger,
 * entities of the {@code after} types behind it (公牛电器、奥云德电器列入宁波市未来工厂名单 → LISTED_IN).
 *
 * @param type the relation stated
 * @param before types allowed ahead of the trigger
 * @param trigger the trigger words
 * @param after types allowed behind the trigger
 * @param reversed whether the relation runs from the entity behind the trigger to the one ahead of it
 */
record TriggerRule(RelationType type, Set<EntityType> before, Pattern trigger, Set<EntityType> after,
		boolean reversed) {

	List<Relation> apply(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		Matcher matcher = this.trigger.matcher(sentence.sentence().text());
		while (matcher.find()) {
			int at = sentence.sentence().start() + matcher.start();
			int atEnd = sentence.sentence().start() + matcher.end();
			int[] clause = sentence.clauseAround(at);
			for (Mention first : sentence.ofTypes(this.before)) {
				if (first.start() < clause[0] || first.end() > at) {
					continue;
				}
				for (Mention second : sentence.ofTypes(this.after)) {
					if (second.start() >= atEnd && second.end() <= clause[1]) {
						relations.add(relation(sentence, first, second, documentId));
					}
				}
			}
		}
		return relations;
	}

	private Relation relation(MentionedSentence sentence, Mention first, Mention second, String documentId) {
		EntityRef a = sentence.ref(first);
		EntityRef b = sentence.ref(second);
		Evidence evidence = sentence.sentence().evidence(documentId);
		return this.reversed ? new Relation(this.type, b, a, evidence) : new Relation(this.type, a, b, evidence);
	}

}

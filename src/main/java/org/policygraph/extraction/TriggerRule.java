package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relation stated by a trigger word inside one clause: entities of the {@code before} types ahead of the trigger,
 * entities of the {@code after} types behind it (公牛电器、奥云德电器列入宁波市未来工厂名单 → LISTED_IN). Names nested in
 * longer names do not take part (the 湖州市 of 湖州市人民政府).
 *
 * @param type the relation stated
 * @param before types allowed ahead of the trigger
 * @param trigger the trigger words
 * @param after types allowed behind the trigger
 * @param reversed whether the relation runs from the entity behind the trigger to the one ahead of it
 * @param nearest whether only the first name behind the trigger is its object (印发《A》和《B》 → A; 位于禅城区南庄镇 → the
 * most specific place of a run of places)
 */
record TriggerRule(RelationType type, Set<EntityType> before, Pattern trigger, Set<EntityType> after, boolean reversed,
		boolean nearest) {

	/** What a listing clause may hold before its trigger when its subject is the topic of the clause before. */
	private static final Pattern NO_SUBJECT = Pattern
		.compile("(?:\\d{4}年度?，?)?(?:目前|现|已|已经|并|先后|同时|还|也|均|成功|顺利|正式)*");

	/** A verb by which the name before it makes others do what the trigger says: A带动8家配套企业落户…. */
	private static final Pattern CAUSES = Pattern.compile("带动|吸引|引导|推动|帮助|促成");

	TriggerRule(RelationType type, Set<EntityType> before, Pattern trigger, Set<EntityType> after, boolean reversed) {
		this(type, before, trigger, after, reversed, false);
	}

	List<Relation> apply(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		Matcher matcher = this.trigger.matcher(sentence.sentence().text());
		while (matcher.find()) {
			int at = sentence.sentence().start() + matcher.start();
			int atEnd = sentence.sentence().start() + matcher.end();
			int[] clause = sentence.clauseAround(at);
			int from = listStart(sentence, clause[0]);
			List<Mention> objects = objects(sentence, atEnd, clause[1]);
			boolean locating = this.type == RelationType.LOCATED_IN && !this.reversed;
			if (locating && objects.isEmpty() && sentence.between(atEnd, clause[1]).matches("[。！]?")) {
				objects = LocatingClauses.host(sentence, clause[0]);
			}
			List<Mention> postposed = locating ? LocatingClauses.postposed(sentence, this.before, objects, from, at)
					: List.of();
			List<Mention> subjects = postposed.isEmpty() ? subjects(sentence, from, at) : postposed;
			List<Mention> titles = objects;
			for (Mention first : subjects) {
				titles.stream()
					.filter((second) -> this.type != RelationType.LISTED_IN
							|| HonourPairs.pairs(sentence, at, first, second, subjects, titles))
					.forEach((second) -> relations.add(relation(sentence, first, second, documentId)));
			}
		}
		return relations;
	}

	/**
	 * The names ahead of the trigger in its clause (not one that makes others act, A带动8家企业落户…, nor a place running on
	 * into a name, 在杭州未来科技城布局…), or, when a clause opens with a word that refers back (园区（筹）列入…, 研究院入驻…,
	 * 该企业入选…), the nearest name before it with that head.
	 */
	private List<Mention> subjects(MentionedSentence sentence, int from, int at) {
		List<Mention> subjects = sentence.ofTypes(this.before)
			.stream()
			.filter((mention) -> mention.start() >= from && mention.end() <= at && !sentence.isNested(mention))
			.filter((mention) -> !Qualifiers.qualifies(sentence, mention, at, this.type))
			.filter((mention) -> this.type != RelationType.LOCATED_IN || !LocatingClauses.runsOn(sentence, mention))
			.filter((mention) -> !CAUSES.matcher(sentence.between(mention.end(), at)).find())
			.toList();
		if (subjects.isEmpty() && this.type != RelationType.ISSUED_BY && from > sentence.sentence().start()
				&& (NO_SUBJECT.matcher(sentence.between(from, at)).matches()
						|| this.type == RelationType.LISTED_IN && Qualifiers.isItsOwn(sentence.between(from, at)))) {
			return topic(sentence, from);
		}
		return subjects.isEmpty() ? BackReference.resolve(sentence, from, at, this.before).stream().toList() : subjects;
	}

	/**
	 * The subject a listing or locating clause without one carries over (an issuing clause does not: its agency is
	 * seldom the sentence's first name): the name that opens the sentence (平湖经济技术开发区…聚焦…，
	 * 2023年成功入选…), else the nearest name before it other than an industry (积极谋划太湖图影数字小镇，重点发展数字经济，
	 * 目前已列入…), when that is a name that can be listed.
	 */
	private List<Mention> topic(MentionedSentence sentence, int from) {
		List<Mention> before = sentence.mentions()
			.stream()
			.filter((mention) -> mention.end() < from && !sentence.isNested(mention))
			.filter((mention) -> mention.type() != EntityType.INDUSTRY)
			.toList();
		if (this.type == RelationType.LOCATED_IN && this.reversed
				&& before.stream().anyMatch((mention) -> mention.type() == EntityType.PARK)) {
			return LocatingClauses.host(sentence, from)
				.stream()
				.filter((park) -> this.before.contains(park.type()))
				.toList();
		}
		return before.stream()
			.findFirst()
			.filter((mention) -> sentence.opensAfterNumbering(sentence.sentence().start(), mention))
			.or(() -> before.stream().reduce((first, second) -> second))
			.filter((mention) -> this.before.contains(mention.type()))
			.stream()
			.toList();
	}

	/** Where the subjects of a clause begin: earlier when they continue a list over ASCII commas (A,B入选…). */
	private int listStart(MentionedSentence sentence, int clauseStart) {
		int from = clauseStart;
		boolean extended = true;
		while (extended) {
			extended = false;
			for (Mention mention : sentence.ofTypes(this.before)) {
				if (mention.end() == from - 1 && sentence.isListSeparator(from - 1, from)) {
					from = mention.start();
					extended = true;
				}
			}
		}
		return from;
	}

	private List<Mention> objects(MentionedSentence sentence, int from, int to) {
		List<Mention> objects = sentence.ofTypes(this.after)
			.stream()
			.filter((mention) -> mention.start() >= from && mention.end() <= to && !sentence.isNested(mention))
			.filter((mention) -> this.type != RelationType.LOCATED_IN || !LocatingClauses.runsOn(sentence, mention))
			.toList();
		if (!this.nearest || objects.isEmpty()) {
			return objects;
		}
		int last = 0;
		while (last + 1 < objects.size() && objects.get(last + 1).start() == objects.get(last).end()) {
			last++;
		}
		return List.of(objects.get(last));
	}

	private Relation relation(MentionedSentence sentence, Mention first, Mention second, String documentId) {
		EntityRef a = sentence.ref(first);
		EntityRef b = sentence.ref(second);
		Evidence evidence = sentence.sentence().evidence(documentId);
		return this.reversed ? new Relation(this.type, b, a, evidence) : new Relation(this.type, a, b, evidence);
	}

}

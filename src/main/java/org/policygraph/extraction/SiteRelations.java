package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places stated as the site of what is set up there (LOCATED_IN): 在南昌高新区设立永修（南昌）科创飞地, 在…片区建设…小微企业园
 * (everything set up in the rest of the clause lies in the place after 在), …综合体依托长兴经济技术开发区建设 (a carrier
 * built on a park lies in it), 乐清经济开发区内的乐清市电气科技企业孵化器, and parties that set something up in a park the
 * sentence named before and refers back to by its head (在…设立长兴（杭州）科创飞地，…，A、B等企业在飞地设立研发团队), and what
 * a park holds (乐清人才大厦投入使用，大厦内设A和B), and the parks a park that opens the sentence builds in a clause
 * without a subject of its own (昆山高新区聚焦…，高标准建设阳澄湖科技园) or names after 其中 (江山经开区累计建成…，其中A、B获评…).
 */
class SiteRelations {

	private static final Set<EntityType> SITES = Set.of(EntityType.REGION, EntityType.PARK);

	private static final Set<EntityType> SITED = Set.of(EntityType.PARK, EntityType.ENTERPRISE, EntityType.INSTITUTION);

	private static final Pattern SET_UP = Pattern.compile("(?:规划|投资|加快|新)?(?:设立|建设|建成|打造|新建|组建)");

	private static final Pattern INSIDE = Pattern.compile("内的?");

	/** A park referred back to by its head as the site of what a list of parties set up: …等企业在飞地设立研发团队. */
	private static final Pattern BACK_SITE = Pattern
		.compile("(?:等(?:\\d+家)?(?:企业|单位|机构))?在(飞地|园区|小镇|产业园|孵化器)(?:设立|建设|入驻|落户)");

	/** A park that holds what the rest of its clause names: 乐清人才大厦投入使用，大厦内设A和B. */
	private static final Pattern HOSTS = Pattern.compile("内(?:设有?|建有|有)");

	/** A clause that opens by building the parks it names or singling them out (其中) in the park the sentence is about. */
	private static final Pattern BUILDS = Pattern
		.compile("其中|(?:高标准|高水平|加快|积极|全力|着力|规划|并|同时)*(?:建设|打造|建成|新建)");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		Evidence evidence = sentence.sentence().evidence(documentId);
		Matcher hosts = HOSTS.matcher(sentence.sentence().text());
		while (hosts.find()) {
			int at = sentence.sentence().start() + hosts.start();
			int after = sentence.sentence().start() + hosts.end();
			int[] clause = sentence.clauseAround(at);
			host(sentence, clause[0], at).ifPresent((park) -> sentence.ofTypes(SITED).stream()
				.filter((m) -> m.start() >= after && m.end() <= clause[1] && !sentence.isNested(m))
				.forEach((m) -> relations.add(new Relation(RelationType.LOCATED_IN, sentence.ref(m), park, evidence))));
		}
		for (Mention site : sentence.ofTypes(SITES)) {
			if (!sentence.isNested(site)) {
				EntityRef place = sentence.ref(site);
				sited(sentence, site).forEach((m) -> relations.add(new Relation(RelationType.LOCATED_IN, m, place, evidence)));
			}
		}
		relations.addAll(built(sentence, evidence));
		for (Mention firm : sentence.ofTypes(SITED)) {
			backSite(sentence, firm).ifPresent((park) -> AdjacentRelations
				.chainEndingAt(sentence, firm.end(), Set.of(EntityType.ENTERPRISE, EntityType.INSTITUTION))
				.forEach((m) -> relations.add(new Relation(RelationType.LOCATED_IN, m, park, evidence))));
		}
		return relations;
	}

	/** The parks built in a later clause by the park that opens the sentence. */
	private static List<Relation> built(MentionedSentence sentence, Evidence evidence) {
		Optional<Mention> opener = sentence.mentions().stream().filter((m) -> !sentence.isNested(m)).findFirst()
			.filter((m) -> m.type() == EntityType.PARK && sentence.opensAfterNumbering(sentence.sentence().start(), m));
		List<Relation> relations = new ArrayList<>();
		String text = sentence.sentence().text();
		for (int i = text.indexOf('，'); opener.isPresent() && i >= 0; i = text.indexOf('，', i + 1)) {
			int from = sentence.sentence().start() + i + 1;
			Matcher builds = BUILDS.matcher(sentence.between(from, sentence.sentence().end()));
			if (builds.lookingAt() && from > opener.get().end()) {
				EntityRef park = sentence.ref(opener.get());
				AdjacentRelations.chainStartingAt(sentence, from + builds.end(), Set.of(EntityType.PARK))
					.stream()
					.filter((m) -> !namedBefore(sentence, m, from))
					.forEach((m) -> relations.add(new Relation(RelationType.LOCATED_IN, m, park, evidence)));
			}
		}
		return relations;
	}

	/** Whether a name was given before an offset: then 其中 singles it out of a list (A、B相继建成，其中B位于…). */
	private static boolean namedBefore(MentionedSentence sentence, EntityRef ref, int offset) {
		return sentence.mentions().stream().anyMatch((m) -> m.end() < offset && ref.equals(sentence.ref(m)));
	}

	/** The park written right before 内设, or the one the clause refers back to by its head (大厦内设…). */
	private static Optional<EntityRef> host(MentionedSentence sentence, int clauseStart, int at) {
		return sentence.ofTypes(Set.of(EntityType.PARK))
			.stream()
			.filter((m) -> m.end() == at && !sentence.isNested(m))
			.findFirst()
			.or(() -> BackReference.resolve(sentence, clauseStart, at, Set.of(EntityType.PARK))
				.filter((m) -> sentence.between(clauseStart, at).length() <= 2))
			.map(sentence::ref);
	}

	/** The park named earlier in the sentence that a list ending with this name sets something up in. */
	private static Optional<EntityRef> backSite(MentionedSentence sentence, Mention last) {
		Matcher back = BACK_SITE.matcher(sentence.between(last.end(), sentence.sentence().end()));
		if (last.type() == EntityType.PARK || !back.lookingAt()) {
			return Optional.empty();
		}
		return sentence.ofTypes(Set.of(EntityType.PARK))
			.stream()
			.filter((m) -> m.end() < last.start() && !sentence.isNested(m) && m.name().endsWith(back.group(1)))
			.reduce((first, second) -> second)
			.map(sentence::ref);
	}

	private static List<EntityRef> sited(MentionedSentence sentence, Mention site) {
		String after = sentence.between(site.end(), sentence.sentence().end());
		Matcher inside = INSIDE.matcher(after);
		Matcher verb = SET_UP.matcher(after);
		String before = sentence.between(site.start() - 2, site.start());
		if (inside.lookingAt()) {
			return AdjacentRelations.chainStartingAt(sentence, site.end() + inside.end(), SITED);
		}
		if (verb.lookingAt() && before.endsWith("在")) {
			int from = site.end() + verb.end();
			int to = sentence.clauseAround(from)[1];
			return sentence.ofTypes(SITED).stream()
				.filter((m) -> m.start() >= from && m.end() <= to && !sentence.isNested(m))
				.map(sentence::ref)
				.toList();
		}
		boolean carried = verb.lookingAt() && before.equals("依托") && site.type() == EntityType.PARK;
		return carried ? AdjacentRelations.chainEndingAt(sentence, site.start() - 2, SITED) : List.of();
	}
}

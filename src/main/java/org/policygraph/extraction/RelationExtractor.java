package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.policygraph.extraction.EntityType.AGENCY;
import static org.policygraph.extraction.EntityType.ENTERPRISE;
import static org.policygraph.extraction.EntityType.INDUSTRY;
import static org.policygraph.extraction.EntityType.INSTITUTION;
import static org.policygraph.extraction.EntityType.PARK;
import static org.policygraph.extraction.EntityType.PROGRAMME;
import static org.policygraph.extraction.EntityType.REGION;
import static org.policygraph.extraction.EntityType.TALENT_SCHEME;

/**
 * Finds the relations a sentence states (needs sentences with their resolved mentions, adds relations with evidence):
 * trigger words inside a clause (列入, 印发, 布局), partners around 与 with a partnership verb, programmes and talent
 * schemes with the industries a sentence says they support, and names that place or type each other by adjacency.
 */
class RelationExtractor {

	private static final Set<EntityType> PARTNERS = Set.of(ENTERPRISE, INSTITUTION, AGENCY, REGION);

	/** Partners that can open a sentence as its subject; a place there more often starts a longer name (湖州银行). */
	private static final Set<EntityType> SUBJECTS = Set.of(ENTERPRISE, INSTITUTION, AGENCY);

	private static final Pattern PARTNERSHIP = Pattern.compile("共建|合作|签约|签订|签署|联合|共同");

	/** What may stand before the subject at the start of a sentence: nothing, or a numbering (第三条, (一), 1.). */
	private static final Pattern SENTENCE_OPENING = Pattern
		.compile("\\s*(?:第[一二三四五六七八九十百]+条|[（(][一二三四五六七八九十]+[)）]|\\d+[.、．])?\\s*");

	private static final Pattern SUPPORT = Pattern.compile("聚焦|主攻|培育|支持|扶持|支撑|重点|着重");

	private static final List<TriggerRule> TRIGGER_RULES = List.of(
			new TriggerRule(RelationType.LISTED_IN, Set.of(ENTERPRISE, PARK),
					Pattern.compile("列入|入选|获评|被评为|评为|荣获|获批|被认定为|认定为|入围|纳入|获(?=\\d)"
							+ "|(?<=(?:认定|确定|评定|命名)[^，。；]{1,40})为"), Set.of(PROGRAMME), false),
			new TriggerRule(RelationType.ISSUED_BY, Set.of(AGENCY, REGION), Pattern.compile("印发|出台|制定|发布|颁布"),
					Set.of(PROGRAMME), true, true),
			new TriggerRule(RelationType.LOCATED_IN, Set.of(REGION), Pattern.compile("位于|落户|入驻|布局"),
					Set.of(PARK, ENTERPRISE, INSTITUTION), true),
			new TriggerRule(RelationType.LOCATED_IN, Set.of(PARK, ENTERPRISE, INSTITUTION),
					Pattern.compile("位于|坐落于|落户|入驻|落地"), Set.of(REGION, PARK), false, true));

	private final AdjacentRelations adjacent = new AdjacentRelations();

	private final ContainmentRelations containment = new ContainmentRelations();

	private final FocusRelations focus = new FocusRelations();

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		Set<Relation> relations = new LinkedHashSet<>();
		TRIGGER_RULES.forEach((rule) -> relations.addAll(rule.apply(sentence, documentId)));
		relations.addAll(partners(sentence, documentId));
		relations.addAll(supports(sentence, documentId));
		relations.addAll(this.adjacent.extract(sentence, documentId));
		relations.addAll(this.containment.extract(sentence, documentId));
		relations.addAll(this.focus.extract(sentence, documentId));
		return relations.stream().filter((relation) -> !relation.source().equals(relation.target())).toList();
	}

	private static List<Relation> partners(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		String text = sentence.sentence().text();
		for (int i = text.indexOf('与'); i >= 0; i = text.indexOf('与', i + 1)) {
			int at = sentence.sentence().start() + i;
			int[] clause = sentence.clauseAround(at);
			if (!PARTNERSHIP.matcher(sentence.between(at, clause[1])).find()) {
				continue;
			}
			List<EntityRef> left = AdjacentRelations.chainEndingAt(sentence, at, PARTNERS);
			if (left.isEmpty() && at == clause[0]) {
				left = subject(sentence);
			}
			List<EntityRef> right = AdjacentRelations.chainStartingAt(sentence, at + 1, PARTNERS);
			for (EntityRef a : left) {
				for (EntityRef b : right) {
					relations.add(new Relation(RelationType.PARTNERS_WITH, a, b, sentence.sentence().evidence(documentId)));
				}
			}
		}
		return relations;
	}

	/** The names that open a sentence, its subject when a later clause starts with 与 (A、B要…，与C共同建立…). */
	private static List<EntityRef> subject(MentionedSentence sentence) {
		return sentence.mentions()
			.stream()
			.filter((mention) -> !sentence.isNested(mention))
			.findFirst()
			.filter((mention) -> SUBJECTS.contains(mention.type()))
			.filter((mention) -> SENTENCE_OPENING.matcher(sentence.between(sentence.sentence().start(), mention.start()))
				.matches())
			.map((mention) -> AdjacentRelations.chainStartingAt(sentence, mention.start(), SUBJECTS))
			.orElse(List.of());
	}

	private static List<Relation> supports(MentionedSentence sentence, String documentId) {
		if (!SUPPORT.matcher(sentence.sentence().text()).find()) {
			return List.of();
		}
		List<EntityRef> industries = sentence.ofTypes(Set.of(INDUSTRY))
			.stream()
			.filter((mention) -> !sentence.isNested(mention) && sentence.endsAtWordBoundary(mention))
			.map(sentence::ref)
			.distinct()
			.toList();
		List<EntityRef> named = refs(sentence, PROGRAMME);
		List<EntityRef> programmes = (named.size() > 1) ? titled(sentence) : named;
		List<Relation> relations = new ArrayList<>();
		Evidence evidence = sentence.sentence().evidence(documentId);
		if (programmes.size() == 1) {
			industries.forEach((industry) -> relations
				.add(new Relation(RelationType.TARGETS, programmes.get(0), industry, evidence)));
		}
		for (EntityRef scheme : refs(sentence, TALENT_SCHEME)) {
			industries.forEach((industry) -> relations.add(new Relation(RelationType.SUPPORTS, scheme, industry, evidence)));
		}
		return relations;
	}

	/** The programmes a sentence names by their 《title》, the likeliest subject of what the sentence says. */
	private static List<EntityRef> titled(MentionedSentence sentence) {
		return sentence.ofTypes(Set.of(PROGRAMME))
			.stream()
			.filter((mention) -> sentence.between(mention.start(), mention.start() + 1).equals("《"))
			.map(sentence::ref)
			.distinct()
			.toList();
	}

	private static List<EntityRef> refs(MentionedSentence sentence, EntityType type) {
		return sentence.ofTypes(Set.of(type))
			.stream()
			.filter((mention) -> !sentence.isNested(mention))
			.map(sentence::ref)
			.distinct()
			.toList();
	}

}

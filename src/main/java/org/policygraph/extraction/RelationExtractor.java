package org.policygraph.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.policygraph.extraction.EntityType.AGENCY;
import static org.policygraph.extraction.EntityType.ENTERPRISE;
import static org.policygraph.extraction.EntityType.INSTITUTION;
import static org.policygraph.extraction.EntityType.PARK;
import static org.policygraph.extraction.EntityType.PROGRAMME;
import static org.policygraph.extraction.EntityType.REGION;

/**
 * Finds the relations a sentence states (needs sentences with their resolved mentions, adds relations with evidence):
 * trigger words inside a clause (列入, 印发, 布局), partners around 与 with a partnership verb, programmes and talent
 * schemes with the industries a sentence says they support, and names that place or type each other by adjacency. A
 * list that a sentence puts a park or enterprise in targets none of its industries (…小镇，重点发展数字经济，目前已列入…名单).
 */
class RelationExtractor {

	private static final List<TriggerRule> TRIGGER_RULES = List.of(
			new TriggerRule(RelationType.LISTED_IN, Set.of(ENTERPRISE, PARK),
					Pattern.compile("列入|入选|获评|被评为|评为|荣获|获批|被认定为|认定为|入围|纳入|承担|建成|成功创建|创成|获(?=\\d)"
							+ "|(?<=(?:认定|确定|评定|命名)[^，。；]{0,40})为"), Set.of(PROGRAMME), false),
			new TriggerRule(RelationType.ISSUED_BY, Set.of(AGENCY, REGION), Pattern.compile("印发|出台|制定|发布|颁布"),
					Set.of(PROGRAMME), true, true),
			new TriggerRule(RelationType.LOCATED_IN, Set.of(REGION), Pattern.compile("位于|落户|入驻|布局"),
					Set.of(PARK, ENTERPRISE, INSTITUTION), true),
			new TriggerRule(RelationType.LOCATED_IN, Set.of(PARK), Pattern.compile("入驻"), Set.of(ENTERPRISE, INSTITUTION),
					true),
			new TriggerRule(RelationType.LOCATED_IN, Set.of(PARK, ENTERPRISE, INSTITUTION),
					Pattern.compile("位于|地处|坐落于|坐落在|落户|入驻|落地"), Set.of(REGION, PARK), false, true));

	private final AdjacentRelations adjacent = new AdjacentRelations();

	private final ContainmentRelations containment = new ContainmentRelations();

	private final FocusRelations focus = new FocusRelations();

	private final PartnerRelations partners = new PartnerRelations();

	private final SiteRelations sites = new SiteRelations();

	private final ProjectSites projectSites = new ProjectSites();

	private final BusinessRelations business = new BusinessRelations();

	private final SupportRelations support = new SupportRelations();

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		Set<Relation> relations = new LinkedHashSet<>();
		TRIGGER_RULES.forEach((rule) -> relations.addAll(rule.apply(sentence, documentId)));
		relations.addAll(this.partners.extract(sentence, documentId));
		relations.addAll(this.support.extract(sentence, documentId));
		relations.addAll(this.adjacent.extract(sentence, documentId));
		relations.addAll(this.containment.extract(sentence, documentId));
		relations.addAll(this.focus.extract(sentence, documentId));
		relations.addAll(this.sites.extract(sentence, documentId));
		relations.addAll(this.projectSites.extract(sentence, documentId));
		relations.addAll(this.business.extract(sentence, documentId));
		Set<EntityRef> lists = relations.stream()
			.filter((relation) -> relation.type() == RelationType.LISTED_IN)
			.map(Relation::target)
			.collect(Collectors.toSet());
		return relations.stream()
			.filter((relation) -> !relation.source().equals(relation.target()))
			.filter((relation) -> relation.type() != RelationType.TARGETS || !lists.contains(relation.source()))
			.toList();
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firm or institute that builds its own project or plant in a place lies there (LOCATED_IN):
 * 锂安电池在长兴新能源小镇投资建设年产10GWh储能电池项目, …有限公司已在太仓航空产业园建成无人机总装线. What it sets up as a
 * body of its own (在上海设立研发中心) is what lies there, not the firm, and is left to {@link SiteRelations}.
 */
class ProjectSites {

	private static final Set<EntityType> BUILDERS = Set.of(EntityType.ENTERPRISE, EntityType.INSTITUTION);

	private static final Set<EntityType> SITES = Set.of(EntityType.PARK, EntityType.REGION);

	/** What may stand between the builder and 在: an adverb of time or intent. */
	private static final Pattern LEAD = Pattern.compile("(?:已|已经|将|正|拟|计划|于\\d{4}年(?:\\d{1,2}月)?)*在");

	/** The verb of building and the project or plant it builds, to the end of the clause. */
	private static final Pattern BUILDS = Pattern.compile(
			"(?:投资|新|计划|规划|开工|加快)?(?:建设|建成|投建|兴建|扩建)[^，。；]*(?:项目|生产线|总装线|工厂|车间|生产基地)");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		for (Mention builder : sentence.ofTypes(BUILDERS)) {
			Matcher lead = LEAD.matcher(sentence.between(builder.end(), sentence.sentence().end()));
			if (sentence.isNested(builder) || !lead.lookingAt()) {
				continue;
			}
			int siteStart = builder.end() + lead.end();
			sentence.ofTypes(SITES)
				.stream()
				.filter((site) -> site.start() == siteStart && !sentence.isNested(site))
				.filter((site) -> builds(sentence, site))
				.findFirst()
				.ifPresent((site) -> relations.add(new Relation(RelationType.LOCATED_IN, sentence.ref(builder),
						sentence.ref(site), sentence.sentence().evidence(documentId))));
		}
		return relations;
	}

	/** Whether the clause after the site builds a project or plant and names no body of its own there. */
	private static boolean builds(MentionedSentence sentence, Mention site) {
		int end = sentence.clauseAround(site.end())[1];
		Matcher builds = BUILDS.matcher(sentence.between(site.end(), end));
		return builds.lookingAt() && sentence.ofTypes(Set.of(EntityType.ENTERPRISE, EntityType.INSTITUTION,
				EntityType.PARK))
			.stream()
			.noneMatch((other) -> other.start() >= site.end() && other.end() <= end);
	}

}

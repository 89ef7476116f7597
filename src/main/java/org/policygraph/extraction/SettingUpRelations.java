package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A party that sets something up or starts work in a place it names after 在 lies there (LOCATED_IN):
 * 苏州翔宇航空科技有限公司已在太仓航空产业园建成无人机总装线; 该院已于2022年9月在吴宁街道挂牌运行 (the name the clause refers
 * back to by its head). The party is the subject of the clause: the last name before 在, with only adverbs and a date
 * between, and no verb before it that makes it act (引导…企业A在上海设立研发中心 states a wish).
 */
class SettingUpRelations {

	private static final Set<EntityType> SITES = Set.of(EntityType.REGION, EntityType.PARK);

	private static final Set<EntityType> PARTIES = Set.of(EntityType.ENTERPRISE, EntityType.INSTITUTION,
			EntityType.PARK);

	/** 在, a place and a verb of setting up or starting work there. */
	private static final Pattern SITE_VERB = Pattern
		.compile("(?:内|里)?(?:投资)?(?:建成|建设|设立|成立|挂牌|落地|投产|开设|新建|布局|建有)");

	/** What may stand between the subject and 在: adverbs and a date (已于2022年9月). */
	private static final Pattern ADVERBS = Pattern
		.compile("(?:已经?|将|也|还|均|先后|正式|率先|成功)*(?:于[^，,；;。在]{1,12})?在");

	/** A verb by which a clause makes its party act, a wish rather than a fact: 引导…企业A在上海设立研发中心. */
	private static final Pattern CAUSED = Pattern.compile("引导|推动|带动|吸引|鼓励|支持|帮助|促成|组织");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		for (Mention site : sentence.ofTypes(SITES)) {
			if (sentence.isNested(site) || !sentence.between(site.start() - 1, site.start()).equals("在")
					|| !SITE_VERB.matcher(sentence.between(site.end(), sentence.sentence().end())).lookingAt()) {
				continue;
			}
			subject(sentence, site).filter((party) -> !party.equals(sentence.ref(site)))
				.ifPresent((party) -> relations.add(new Relation(RelationType.LOCATED_IN, party, sentence.ref(site),
						sentence.sentence().evidence(documentId))));
		}
		return relations;
	}

	/** The name before 在 that is the subject of the clause, or the name the clause refers back to by its head. */
	private static Optional<EntityRef> subject(MentionedSentence sentence, Mention site) {
		int clauseStart = sentence.clauseAround(site.start())[0];
		Optional<Mention> last = sentence.mentions()
			.stream()
			.filter((m) -> m.start() >= clauseStart && m.end() < site.start() && !sentence.isNested(m))
			.reduce((first, second) -> second);
		if (last.isPresent()) {
			Matcher adverbs = ADVERBS.matcher(sentence.between(last.get().end(), site.start()));
			return last.filter((m) -> PARTIES.contains(m.type()) && adverbs.matches())
				.filter((m) -> !CAUSED.matcher(sentence.between(clauseStart, m.start())).find())
				.map(sentence::ref);
		}
		int head = sentence.between(clauseStart, site.start()).length();
		return BackReference.resolve(sentence, clauseStart, site.start(), PARTIES)
			.filter((m) -> ADVERBS.matcher(sentence.between(clauseStart + Math.min(head, 2), site.start())).matches())
			.map(sentence::ref);
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.policygraph.extraction.EntityType.INDUSTRY;
import static org.policygraph.extraction.EntityType.PROGRAMME;

/**
 * Targets (TARGETS) that names state by standing where they stand: a programme whose own name promotes an industry
 * (滁州市推进光伏产业高质量发展三年行动计划 → 光伏), and a list an industry enters as the subject of its clause
 * (照明灯具产业入选…特色产业名单); a cluster entering one (…有机硅产业集群入选…) does not.
 */
final class NamedTargets {

	/** An industry entering a list as the subject of its clause: 照明灯具产业入选全省…特色产业名单. */
	private static final Pattern ENTERS = Pattern.compile("(?:产业|行业)?(?:入选|列入|纳入)");

	/** A verb of promotion right before an industry in a programme's name: 推进光伏产业…. */
	private static final Pattern PROMOTES = Pattern.compile("(?:支持|推进|加快|促进|推动)$");

	private NamedTargets() {
	}

	static List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>(entered(sentence, documentId));
		relations.addAll(promoted(sentence, documentId));
		return relations;
	}

	/**
	 * The industry a programme's own name says it promotes: 滁州市推进光伏产业高质量发展三年行动计划 → 光伏,
	 * 安徽省支持汽车零部件企业配套发展若干政策 → 汽车零部件 (not 陶瓷行业数字化转型指南, which names no verb of promotion).
	 */
	private static List<Relation> promoted(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		for (Mention programme : sentence.ofTypes(Set.of(PROGRAMME))) {
			if (sentence.isNested(programme)) {
				continue;
			}
			sentence.ofTypes(Set.of(INDUSTRY))
				.stream()
				.filter((industry) -> programme.start() < industry.start() && industry.end() <= programme.end())
				.filter((industry) -> PROMOTES.matcher(sentence.between(programme.start(), industry.start())).find())
				.forEach((industry) -> relations.add(new Relation(RelationType.TARGETS, sentence.ref(programme),
						sentence.ref(industry), sentence.sentence().evidence(documentId))));
		}
		return relations;
	}

	/** The lists an industry that opens its clause enters, each of them targeting it. */
	private static List<Relation> entered(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		for (Mention industry : sentence.ofTypes(Set.of(INDUSTRY))) {
			Matcher enters = ENTERS.matcher(sentence.between(industry.end(), sentence.sentence().end()));
			if (enters.lookingAt() && sentence.opensAfterNumbering(sentence.clauseAround(industry.start())[0], industry)) {
				int at = industry.end() + enters.end();
				sentence.ofTypes(Set.of(PROGRAMME)).stream().filter((m) -> m.start() == at).findFirst()
					.ifPresent((list) -> relations.add(new Relation(RelationType.TARGETS, sentence.ref(list),
							sentence.ref(industry), sentence.sentence().evidence(documentId))));
			}
		}
		return relations;
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations stated by names standing next to each other: 工信部《…方案》 (ISSUED_BY), 石墨烯…等重点产品的…示范工程
 * (TARGETS), 月立、三A的智能家电产品
 * (IN_INDUSTRY), 高新区、滨海区智能装备产业 (FOCUSES_ON), 周巷、观海卫等…小镇 and 官林镇的官林线缆小镇 (LOCATED_IN).
 */
class AdjacentRelations {

	/** What joins industries to the programme they are the subject of: 等重点产品的, 产业的. */
	private static final Pattern INDUSTRIES_OF = Pattern.compile("(?:等)?(?:重点|关键|核心)?(?:产品|产业|行业|领域)?的$");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		Evidence evidence = sentence.sentence().evidence(documentId);
		for (Mention mention : sentence.mentions()) {
			EntityRef ref = sentence.ref(mention);
			int start = mention.start();
			switch (mention.type()) {
				case PROGRAMME -> programme(sentence, mention, evidence, relations);
				case INDUSTRY -> {
					chainEndingAt(sentence, start, Set.of(EntityType.PARK))
						.forEach((park) -> relations.add(new Relation(RelationType.FOCUSES_ON, park, ref, evidence)));
					after(sentence, start, "的", EntityType.ENTERPRISE)
						.forEach((firm) -> relations.add(new Relation(RelationType.IN_INDUSTRY, firm, ref, evidence)));
				}
				case PARK, ENTERPRISE, INSTITUTION -> places(sentence, mention)
					.forEach((region) -> relations.add(new Relation(RelationType.LOCATED_IN, ref, region, evidence)));
				default -> {
				}
			}
		}
		return relations;
	}

	/** The places written right before a name: 官林镇的官林线缆小镇, and 周巷、观海卫等 before a park. */
	private static List<EntityRef> places(MentionedSentence sentence, Mention named) {
		List<EntityRef> places = new ArrayList<>(after(sentence, named.start(), "的", EntityType.REGION));
		if (named.type() == EntityType.PARK) {
			places.addAll(after(sentence, named.start(), "等", EntityType.REGION));
		}
		return places;
	}

	/** The agency written before a programme (工信部《…》) and the industries it is said to be of. */
	private static void programme(MentionedSentence sentence, Mention programme, Evidence evidence,
			List<Relation> relations) {
		EntityRef ref = sentence.ref(programme);
		chainEndingAt(sentence, programme.start(), Set.of(EntityType.AGENCY))
			.forEach((agency) -> relations.add(new Relation(RelationType.ISSUED_BY, ref, agency, evidence)));
		ofIndustries(sentence, programme.start())
			.forEach((industry) -> relations.add(new Relation(RelationType.TARGETS, ref, industry, evidence)));
	}
	/** The industries a programme is said to be of: 石墨烯及高性能稀土磁性等重点产品的产业协同创新及应用示范工程. */
	private static List<EntityRef> ofIndustries(MentionedSentence sentence, int offset) {
		Matcher of = INDUSTRIES_OF.matcher(sentence.between(sentence.sentence().start(), offset));
		return of.find() ? chainEndingAt(sentence, offset - of.group().length(), Set.of(EntityType.INDUSTRY)) : List.of();
	}

	/** The entities of a type listed right before the word that precedes the offset (月立、三A的 …, 周巷、观海卫等 …). */
	private static List<EntityRef> after(MentionedSentence sentence, int offset, String word, EntityType type) {
		if (!sentence.between(offset - word.length(), offset).equals(word)) {
			return List.of();
		}
		return chainEndingAt(sentence, offset - word.length(), Set.of(type));
	}

	/**
	 * Entities of the given types whose mentions end right at the offset, going left over a 、-separated list that a name
	 * after 的 closes (…与合肥工业大学共建的研究院、港口园区管委会与… → 港口园区管委会 alone).
	 */
	static List<EntityRef> chainEndingAt(MentionedSentence sentence, int offset, Set<EntityType> types) {
		List<EntityRef> chain = new ArrayList<>();
		int end = offset;
		if (types.contains(EntityType.REGION) && sentence.between(Math.max(sentence.sentence().start(), end - 2), end)
			.equals("我市") && sentence.home() != null) {
			chain.add(sentence.home());
		}
		boolean found = true;
		while (found) {
			found = false;
			for (Mention mention : sentence.mentions()) {
				if (mention.end() == end && types.contains(mention.type())
						&& (chain.isEmpty() || !sentence.between(end, end + 1).equals(",") || opensClause(sentence, mention))
						&& (chain.isEmpty() || !sentence.between(mention.start() - 1, mention.start()).equals("的"))) {
					chain.add(sentence.ref(mention));
					end = mention.start() - 1;
					found = sentence.isListSeparator(end, mention.start());
					break;
				}
			}
		}
		return chain;
	}

	/**
	 * Whether a mention opens its clause: only then does an ASCII comma after it continue a list (潍坊银行,中国建设银行潍坊分行与…)
	 * rather than end a clause (…共建国家级内燃机可靠性重点实验室,潍坊学院与…).
	 */
	private static boolean opensClause(MentionedSentence sentence, Mention mention) {
		return sentence.between(sentence.clauseAround(mention.start())[0], mention.start()).isBlank();
	}

	/** Entities of the given types whose mentions start right at the offset, going right over a 、-list. */
	static List<EntityRef> chainStartingAt(MentionedSentence sentence, int offset, Set<EntityType> types) {
		List<EntityRef> chain = new ArrayList<>();
		int start = offset;
		boolean found = true;
		while (found) {
			found = false;
			for (Mention mention : sentence.mentions()) {
				if (mention.start() == start && types.contains(mention.type())) {
					chain.add(sentence.ref(mention));
					start = mention.end() + 1;
					found = sentence.isListSeparator(mention.end(), start);
					break;
				}
			}
		}
		return chain;
	}

}

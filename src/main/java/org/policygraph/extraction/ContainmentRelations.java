package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Relations stated by one name containing or enclosing others: a park named for its industry (慈溪智能家电小镇 →
 * 智能家电), the parks a building hosts listed in brackets after it (前湾人才大厦“三园一中心”（上林英才创业园、…）), and
 * what 我市 introduces lying in the document's own city (我市福尔达、慈兴等11家企业).
 */
class ContainmentRelations {

	private static final Set<EntityType> LOCATED = Set.of(EntityType.ENTERPRISE, EntityType.PARK,
			EntityType.INSTITUTION);

	private static final int MAX_LABEL = 10;

	private static final Pattern FOCUS = Pattern.compile("聚焦|重点发展|主攻|着力发展|大力发展");

	/** Brackets that give a short form of the name before them rather than what it hosts. */
	private static final Pattern ALIAS = Pattern.compile("以下简称|简称|下称|以下称");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		Evidence evidence = sentence.sentence().evidence(documentId);
		List<EntityRef> industries = sentence.refs().values().stream()
			.filter((ref) -> ref.type() == EntityType.INDUSTRY && ref.name().length() > 1)
			.distinct()
			.toList();
		for (Mention mention : sentence.mentions()) {
			EntityRef ref = sentence.ref(mention);
			if (mention.type() == EntityType.PARK) {
				namedIndustry(sentence, mention, industries)
					.ifPresent((industry) -> relations.add(new Relation(RelationType.FOCUSES_ON, ref, industry, evidence)));
				enclosed(sentence, mention)
					.forEach((member) -> relations.add(new Relation(RelationType.LOCATED_IN, member, ref, evidence)));
			}
			if (sentence.home() != null && LOCATED.contains(mention.type())
					&& sentence.between(mention.start() - 2, mention.start()).equals("我市")) {
				AdjacentRelations.chainStartingAt(sentence, mention.start(), Set.of(mention.type()))
					.forEach((member) -> relations.add(new Relation(RelationType.LOCATED_IN, member, sentence.home(),
							evidence)));
			}
		}
		return relations;
	}

	/**
	 * The industry a park is named for, when the sentence names that industry outside the park's name as well (慈溪智能家电小镇
	 * … 推动智能家电产业发展): a name alone is weak evidence of a focus, and so is the industry inside another name
	 * (研究院入驻海宁经编产业创新服务综合体 restates 经编 only within 海宁经编新材料研究院), or as the industry of another park
	 * (独山港经济开发区重点发展新材料…，平湖新材料产业创新服务综合体位于…) or the focus of a clause the park is not in.
	 */
	private static Optional<EntityRef> namedIndustry(MentionedSentence sentence, Mention park, List<EntityRef> industries) {
		Optional<EntityRef> named = industries.stream()
			.filter((industry) -> park.name().contains(industry.name()))
			.max(Comparator.comparingInt((EntityRef industry) -> industry.name().length()));
		boolean restated = named.isPresent() && sentence.mentions()
			.stream()
			.anyMatch((m) -> !park.overlaps(m) && !sentence.isNested(m) && named.get().equals(sentence.ref(m))
					&& !anotherParkInClause(sentence, park, m) && !focusOfAnother(sentence, park, m));
		return restated ? named : Optional.empty();
	}

	/** Whether a mention is the focus of a clause the park is not in (引导东阳市科创园聚焦电子信息…，推动横店电子信息…孵化器…). */
	private static boolean focusOfAnother(MentionedSentence sentence, Mention park, Mention mention) {
		int[] clause = sentence.clauseAround(mention.start());
		return FOCUS.matcher(sentence.between(clause[0], mention.start())).find()
				&& (park.end() <= clause[0] || park.start() >= clause[1]);
	}

	/** Whether the clause of a mention names a park other than the given one, whose industry the mention then is. */
	private static boolean anotherParkInClause(MentionedSentence sentence, Mention park, Mention mention) {
		int[] clause = sentence.clauseAround(mention.start());
		return sentence.ofTypes(Set.of(EntityType.PARK))
			.stream()
			.anyMatch((m) -> m.start() >= clause[0] && m.end() <= clause[1] && !m.overlaps(park)
					&& !sentence.isNested(m) && !sentence.ref(m).equals(sentence.ref(park)));
	}

	/**
	 * The parks and institutions listed in the brackets that follow a park, after an optional short label; brackets that
	 * describe the park in clauses (国家级科技企业孵化器，运营主体…有限公司，孵化面积…) list nothing it hosts.
	 */
	private static List<EntityRef> enclosed(MentionedSentence sentence, Mention park) {
		String after = sentence.between(park.end(), sentence.sentence().end());
		int open = after.indexOf('（');
		int close = after.indexOf('）');
		if (open < 0 || open > MAX_LABEL || close < open || after.substring(0, open).matches(".*[，。；、].*")
				|| ALIAS.matcher(after.substring(open + 1)).lookingAt() || after.substring(open, close).matches(".*[，；].*")) {
			return List.of();
		}
		int from = park.end() + open + 1;
		int to = park.end() + close;
		return sentence.mentions().stream()
			.filter((m) -> m.start() >= from && m.end() <= to && LOCATED.contains(m.type()))
			.map(sentence::ref)
			.toList();
	}

}

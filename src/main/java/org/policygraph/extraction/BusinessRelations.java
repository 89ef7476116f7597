package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The industries an enterprise is said to be in (IN_INDUSTRY): what its business is (安庆华昇新材料股份有限公司主要从事汽车
 * 轻量化材料生产; …是一家专注动力电池系统研发制造的企业; 江西硅途科技有限公司年产5万吨高温硫化硅橡胶), the industry that titles
 * it (动力电池龙头企业长兴恒能…), the one a counted list of them shares (…、新宇纺织等32家经编企业), and those a sentence
 * about one industry singles out with 其中.
 * Merely appearing in a sentence about an industry is not enough.
 */
class BusinessRelations {

	private static final Set<EntityType> ENTERPRISES = Set.of(EntityType.ENTERPRISE);

	private static final Pattern BUSINESS = Pattern.compile("主要从事|专业从事|从事|专注于|专注|致力于|主营|主攻|主要生产|专业生产|年产");

	/** What may stand before an industry that is the subject of its sentence: a year, and the whole of a place. */
	private static final Pattern SUBJECT_OPENING = Pattern.compile("(?:\\d{4}年(?:[上下]半年)?，?)?(?:全|我)?[县市省区]?");

	private static final Pattern INDUSTRY_WORD = Pattern.compile("产业|行业");

	/** What stands between industries and the enterprise they title: 龙头企业, 等行业龙头企业, 企业. */
	private static final Pattern TITLE = Pattern.compile("等?(?:产业|行业)?(?:龙头|骨干|领军|链主|重点)?企业");

	/** An industry that qualifies the noun after it: 陶瓷行业工业互联网平台. */
	private static final Pattern QUALIFIER = Pattern.compile(".*(?:产业|行业)\\p{IsHan}");

	/** The count that closes a list of enterprises before the industry they share: 等32家. */
	private static final Pattern COUNT = Pattern.compile("等(?:\\d+|[一二三四五六七八九十百]+)余?家$");

	private static final Pattern FIRMS = Pattern.compile("(?:产业|行业)?企业");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("(?:产业|行业)?[、和及与]");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		Evidence evidence = sentence.sentence().evidence(documentId);
		Matcher matcher = BUSINESS.matcher(sentence.sentence().text());
		while (matcher.find()) {
			int at = sentence.sentence().start() + matcher.start();
			int after = sentence.sentence().start() + matcher.end();
			int[] clause = sentence.clauseAround(at);
			List<Mention> industries = sentence.ofTypes(Set.of(EntityType.INDUSTRY))
				.stream()
				.filter((m) -> m.start() >= after && m.end() <= clause[1] && !sentence.isNested(m))
				.toList();
			subject(sentence, clause[0], at).ifPresent((firm) -> head(sentence, industries)
				.forEach((m) -> relations.add(new Relation(RelationType.IN_INDUSTRY, firm, sentence.ref(m), evidence))));
		}
		relations.addAll(among(sentence, evidence));
		relations.addAll(titles(sentence, evidence));
		relations.addAll(counted(sentence, evidence));
		return relations;
	}

	/** The enterprises a list counts as firms of an industry: 恒纬经编、金丝带经编、…等32家经编企业. */
	private static List<Relation> counted(MentionedSentence sentence, Evidence evidence) {
		List<Relation> relations = new ArrayList<>();
		for (Mention industry : sentence.ofTypes(Set.of(EntityType.INDUSTRY))) {
			Matcher count = COUNT.matcher(sentence.between(sentence.sentence().start(), industry.start()));
			if (!sentence.isNested(industry) && count.find() && FIRMS.matcher(sentence.between(industry.end(),
					sentence.sentence().end())).lookingAt()) {
				AdjacentRelations.chainEndingAt(sentence, industry.start() - count.group().length(), ENTERPRISES)
					.forEach((firm) -> relations.add(new Relation(RelationType.IN_INDUSTRY, firm, sentence.ref(industry),
							evidence)));
			}
		}
		return relations;
	}

	/** The enterprises that industries title: 动力电池龙头企业长兴恒能…, 智能家电、汽车零部件等行业龙头企业…. */
	private static List<Relation> titles(MentionedSentence sentence, Evidence evidence) {
		List<Relation> relations = new ArrayList<>();
		for (Mention industry : sentence.ofTypes(Set.of(EntityType.INDUSTRY))) {
			Matcher title = TITLE.matcher(sentence.between(industry.end(), sentence.sentence().end()));
			if (!sentence.isNested(industry) && title.lookingAt()) {
				List<EntityRef> industries = AdjacentRelations.chainEndingAt(sentence, industry.end(),
						Set.of(EntityType.INDUSTRY));
				AdjacentRelations.chainStartingAt(sentence, industry.end() + title.end(), ENTERPRISES)
					.forEach((firm) -> industries
						.forEach((sector) -> relations.add(new Relation(RelationType.IN_INDUSTRY, firm, sector, evidence))));
			}
		}
		return relations;
	}
	/**
	 * The enterprises a sentence about one industry names after 其中 (全县有机硅产业实现主营业务收入312亿元，…，其中A、B主营收入均超过
	 * 20亿元): the industry must open the sentence as its subject.
	 */
	private static List<Relation> among(MentionedSentence sentence, Evidence evidence) {
		Optional<Mention> opening = sentence.mentions().stream().filter((m) -> !sentence.isNested(m)).findFirst();
		String text = sentence.sentence().text();
		int among = text.indexOf("其中");
		if (opening.isEmpty() || opening.get().type() != EntityType.INDUSTRY || among < 0
				|| !SUBJECT_OPENING.matcher(sentence.between(sentence.sentence().start(), opening.get().start())).matches()
				|| !INDUSTRY_WORD.matcher(sentence.between(opening.get().start(), opening.get().end() + 2)).find()) {
			return List.of();
		}
		int from = sentence.sentence().start() + among + 2;
		from += sentence.between(from, from + 1).equals("，") ? 1 : 0;
		EntityRef industry = sentence.ref(opening.get());
		return AdjacentRelations.chainStartingAt(sentence, from, ENTERPRISES)
			.stream()
			.map((firm) -> new Relation(RelationType.IN_INDUSTRY, firm, industry, evidence))
			.toList();
	}

	/**
	 * The industries of a business that name what it is, not what it serves: the last one with those listed with it
	 * (专注陶瓷行业工业互联网平台服务 → 工业互联网; 主要从事汽车零部件和新材料生产 → both).
	 */
	private static List<Mention> head(MentionedSentence sentence, List<Mention> industries) {
		List<Mention> head = new ArrayList<>();
		for (int i = industries.size() - 1; i >= 0; i--) {
			Mention industry = industries.get(i);
			if (!head.isEmpty()
					&& !LIST_SEPARATOR.matcher(sentence.between(industry.end(), head.get(0).start())).matches()) {
				break;
			}
			head.add(0, industry);
		}
		boolean qualifies = !head.isEmpty() && QUALIFIER
			.matcher(sentence.between(head.get(head.size() - 1).start(), head.get(head.size() - 1).end() + 1))
			.matches();
		return qualifies ? List.of() : head;
	}

	/** The enterprise nearest ahead of the verb in its clause, when no other name stands between them. */
	private static Optional<EntityRef> subject(MentionedSentence sentence, int clauseStart, int at) {
		return sentence.mentions()
			.stream()
			.filter((m) -> m.start() >= clauseStart && m.end() <= at && !sentence.isNested(m))
			.reduce((first, second) -> second)
			.filter((m) -> m.type() == EntityType.ENTERPRISE)
			.map(sentence::ref);
	}

}

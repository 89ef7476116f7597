package org.policygraph.ask;

import java.util.List;

import org.policygraph.extraction.EntityType;
import org.policygraph.query.IndustryCatalogue;

import static org.policygraph.ask.Phrases.END;
import static org.policygraph.ask.Phrases.INSTRUMENT;
import static org.policygraph.ask.Phrases.THERE_ARE;
import static org.policygraph.ask.Phrases.X;
import static org.policygraph.ask.Phrases.pattern;
import static org.policygraph.ask.Phrases.whichNounVerbX;

/** Questions about support measures (措施): what supports X, which subsidies X has, how high the highest is. */
final class MeasureQuestions {

	/**
	 * The measures for X: FOR X itself, FOR a programme, talent scheme or park that targets, supports or focuses on
	 * X (the links by which measures reach an industry everywhere in the API), or (where no such link exists) stated in a sentence that names X.
	 */
	private static final String MEASURES_FOR_X = """
			MATCH (x:Entity {name: $x}) WHERE $xType IN labels(x)
			CALL (x) {
				MATCH (m:Measure)-[:FOR]->(t)-[links:%1$s*0..1]->(x)
				RETURN m, CASE size(links) WHEN 0 THEN 'FOR' ELSE 'FOR/' + type(links[0]) END AS via,
					CASE size(links) WHEN 0 THEN null ELSE t.name END AS through
				UNION
				MATCH (m:Measure)
				WHERE NOT EXISTS { (m)-[:FOR]->()-[:%1$s*0..1]->(x) }
					AND any(n IN [x.name] + x.aliases WHERE size(n) > 1 AND m.sentence CONTAINS n)
				RETURN m, 'sentence' AS via, null AS through
			}
			""".formatted(IndustryCatalogue.MEASURE_LINKS);

	private static final String MEASURE_COLUMNS = """
			m.id AS measure, m.instrument AS instrument, m.amountYuan AS amountYuan, m.ratePercent AS ratePercent,
				via, through, m.documentId AS documentId, m.sentence AS sentence""";

	private static final String SUPPORT_NOUNS = "措施|举措|扶持措施|支持措施|政策措施|优惠|优惠政策|扶持政策|支持政策|资金支持";

	private static final String SUPPORT_VERBS = "支持|扶持|聚焦|涉及|针对|用于|面向|惠及|覆盖|奖励|补贴|资助";

	private static final String HIGHEST = "(?:最高|最大|最多)(?:的)?";

	private static final String AMOUNT = "(?:额度|金额|标准)?";

	private static final String HOW_MUCH = "(?:多少|多少钱|多少元|多大|几何)";

	private MeasureQuestions() {
	}

	static List<QuestionTemplate> templates() {
		return List.of(measuresFor(), instrumentsFor(), highestFor(), highest());
	}

	private static QuestionTemplate measuresFor() {
		return new QuestionTemplate("measures-for", "支持X的量化措施 / quantified measures for X (industry, scheme, park …)",
				"哪些措施支持智能家电产业？", whichNounVerbX(SUPPORT_NOUNS, SUPPORT_VERBS),
				List.of(Slot.entity("x", EntityType.INDUSTRY, EntityType.TALENT_SCHEME, EntityType.PROGRAMME,
						EntityType.PARK, EntityType.ENTERPRISE)),
				MEASURES_FOR_X + "RETURN " + MEASURE_COLUMNS + """

						ORDER BY coalesce(amountYuan, -1) DESC, measure, via, through
						LIMIT $limit
						""");
	}

	private static QuestionTemplate instrumentsFor() {
		return new QuestionTemplate("instruments-for", "X有哪些补贴/奖励/资助 / X's subsidies, rewards or grants",
				"上林英才计划有哪些资助？",
				List.of(pattern(X, THERE_ARE, INSTRUMENT, END),
						pattern(X, "(?:的|相关的?)", INSTRUMENT, "(?:有|是|都有)(?:哪些|什么)", END),
						pattern(Phrases.WHICH, INSTRUMENT, "(?:是)?(?:支持|针对|用于|面向|给)(?:了)?", X, "(?:的)?", END),
						pattern(X, "(?:能|可以)?(?:获得|拿到|享受|申请)(?:哪些|什么)", INSTRUMENT, END)),
				List.of(Slot.entity("x", EntityType.INDUSTRY, EntityType.TALENT_SCHEME, EntityType.PROGRAMME,
						EntityType.PARK, EntityType.ENTERPRISE), Slot.instrument()),
				MEASURES_FOR_X + """
						WITH m, via, through WHERE size($instruments) = 0 OR m.instrument IN $instruments
						RETURN\s""" + MEASURE_COLUMNS + """

						ORDER BY coalesce(amountYuan, -1) DESC, measure, via, through
						LIMIT $limit
						""");
	}

	private static QuestionTemplate highestFor() {
		return new QuestionTemplate("highest-for", "X的最高补贴是多少 / the highest amount of support for X",
				"上林英才计划最高资助是多少？",
				List.of(pattern(X, "(?:的)?", HIGHEST, INSTRUMENT, "?", AMOUNT, "(?:是|为|有|能有|可达)?", HOW_MUCH, END),
						pattern(X, "(?:的)?", INSTRUMENT, "?(?:最高|最多)(?:能|可以)?(?:有|是|为|给|拿|达到)?", HOW_MUCH,
								END)),
				List.of(Slot.entity("x", EntityType.INDUSTRY, EntityType.TALENT_SCHEME, EntityType.PROGRAMME,
						EntityType.PARK, EntityType.ENTERPRISE), Slot.instrument()),
				MEASURES_FOR_X + """
						WITH m, via, through
						WHERE m.amountYuan IS NOT NULL AND (size($instruments) = 0 OR m.instrument IN $instruments)
						WITH max(m.amountYuan) AS top, collect({m: m, via: via, through: through}) AS found
						UNWIND [f IN found WHERE f.m.amountYuan = top] AS f
						WITH f.m AS m, f.via AS via, f.through AS through
						RETURN\s""" + MEASURE_COLUMNS + """

						ORDER BY measure, via, through
						LIMIT $limit
						""");
	}

	private static QuestionTemplate highest() {
		return new QuestionTemplate("highest", "图谱中最高的补贴/奖励是多少 / the highest amount of support in the graph",
				"最高补贴是多少？",
				List.of(pattern(HIGHEST, INSTRUMENT, "?", AMOUNT, "(?:是|为|有)?(?:", HOW_MUCH, "|什么)", END),
						pattern("(?:哪项|哪个|哪一项|什么)", INSTRUMENT, "(?:的)?(?:金额|额度)?最(?:高|大|多)", END),
						pattern("(?:金额)?最(?:高|大)的", INSTRUMENT, "(?:是)?(?:哪项|哪个|什么|多少)", END)),
				List.of(Slot.instrument()), """
						MATCH (m:Measure)
						WHERE m.amountYuan IS NOT NULL AND (size($instruments) = 0 OR m.instrument IN $instruments)
						WITH max(m.amountYuan) AS top, collect(m) AS measures
						UNWIND [m IN measures WHERE m.amountYuan = top] AS m
						RETURN m.id AS measure, m.instrument AS instrument, m.amountYuan AS amountYuan,
							m.ratePercent AS ratePercent,
							COLLECT { MATCH (m)-[:FOR]->(t) RETURN t.name ORDER BY t.name } AS forEntities,
							m.documentId AS documentId, m.sentence AS sentence
						ORDER BY measure
						LIMIT $limit
						""");
	}

}

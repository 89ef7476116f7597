package org.policygraph.ask;

import java.util.List;

import org.policygraph.extraction.EntityType;

import static org.policygraph.ask.Phrases.END;
import static org.policygraph.ask.Phrases.WHICH;
import static org.policygraph.ask.Phrases.X;
import static org.policygraph.ask.Phrases.pattern;
import static org.policygraph.ask.Phrases.whichNounVerbX;

/**
 * Questions about places (地区): the parks, enterprises and programmes of a region, and where something is. A park or
 * enterprise belongs to a region when it is LOCATED_IN it or, failing that, when its name starts with the region's
 * name or alias (慈溪智能家电小镇 for 慈溪市); the column {@code via} says which.
 */
final class PlaceQuestions {

	private static final String IN = "位于|在|坐落于|落户|落户在|分布在|设在";

	/** Formatted with a label constant of this class, never with input. */
	private static final String LOCATED_IN_X = """
			MATCH (x:Entity {name: $x}) WHERE $xType IN labels(x)
			CALL (x) {
				MATCH (e:%1$s)-[r:LOCATED_IN]->(x)
				RETURN e, 'LOCATED_IN' AS via, r.documentId AS documentId, r.sentence AS sentence
				UNION
				MATCH (e:%1$s)
				WHERE x:Region AND NOT EXISTS { (e)-[:LOCATED_IN]->(x) }
					AND any(n IN [x.name] + x.aliases WHERE size(n) > 1 AND e.name STARTS WITH n)
				RETURN e, 'name' AS via, COLLECT { MATCH (d:Document)-[:MENTIONS]->(e) RETURN d.id ORDER BY d.id }[0]
					AS documentId, null AS sentence
			}
			RETURN e.name AS %2$s, via, documentId, sentence
			ORDER BY via, %2$s, documentId
			LIMIT $limit
			""";

	private static final String PLACE_KIND = "(?:地区|地方|区|县|市|镇|园区|省)";

	private PlaceQuestions() {
	}

	static List<QuestionTemplate> templates() {
		return List.of(parksIn(), enterprisesIn(), programmesOf(), locationOf());
	}

	private static QuestionTemplate parksIn() {
		return new QuestionTemplate("parks-in", "某地区有哪些园区 / parks in a region (or inside a park)",
				"横河镇有哪些园区？",
				whichNounVerbX("园区|开发区|工业园|工业园区|产业园|小镇|特色小镇|孵化器|众创空间|平台", IN),
				List.of(Slot.entity("x", EntityType.REGION, EntityType.PARK)), LOCATED_IN_X.formatted("Park", "park"));
	}

	private static QuestionTemplate enterprisesIn() {
		return new QuestionTemplate("enterprises-in", "某地区有哪些企业 / enterprises in a region or park",
				"慈溪市有哪些企业？",
				whichNounVerbX("企业|公司|龙头企业|重点企业", IN),
				List.of(Slot.entity("x", EntityType.REGION, EntityType.PARK)),
				LOCATED_IN_X.formatted("Enterprise", "enterprise"));
	}

	private static QuestionTemplate programmesOf() {
		return new QuestionTemplate("programmes-of", "某地区有哪些政策 / programmes of a region", "慈溪市有哪些政策？",
				whichNounVerbX(PolicyQuestions.POLICY_NOUNS, "出台于|来自|属于|在"),
				List.of(Slot.entity("x", EntityType.REGION)), """
						MATCH (x:Region {name: $x})
						CALL (x) {
							MATCH (p:Programme)-[r:ISSUED_BY]->(issuer)
							WHERE issuer = x OR issuer:Agency AND any(n IN [x.name] + x.aliases
								WHERE size(n) > 1 AND issuer.name STARTS WITH n)
							RETURN p, 'ISSUED_BY' AS via, r.documentId AS documentId, r.sentence AS sentence
							UNION
							MATCH (p:Programme)
							WHERE any(n IN [x.name] + x.aliases WHERE size(n) > 1 AND p.name STARTS WITH n)
							RETURN p, 'name' AS via, COLLECT { MATCH (d:Document)-[:MENTIONS]->(p) RETURN d.id ORDER BY d.id }[0]
								AS documentId, null AS sentence
						}
						RETURN p.name AS programme, via, documentId, sentence
						ORDER BY via, programme, documentId
						LIMIT $limit
						""");
	}

	private static QuestionTemplate locationOf() {
		return new QuestionTemplate("location-of", "X在哪里 / where a park, enterprise or institution is",
				"慈溪智能家电小镇在哪里？",
				List.of(pattern(X, "(?:" + IN + ")(?:哪里|哪儿|什么地方|哪个地方|何处|何地|", WHICH, PLACE_KIND, ")", END),
						pattern(X, "(?:的)?(?:位置|地址|所在地|地点)(?:是|在)?(?:哪里|什么|哪儿)?", END)),
				List.of(Slot.entity("x", EntityType.PARK, EntityType.ENTERPRISE, EntityType.INSTITUTION)), """
						MATCH (x:Entity {name: $x}) WHERE $xType IN labels(x)
						MATCH (x)-[r:LOCATED_IN]->(place)
						RETURN place.name AS place, [l IN labels(place) WHERE l <> 'Entity'][0] AS placeType,
							r.documentId AS documentId, r.sentence AS sentence
						ORDER BY place, documentId
						LIMIT $limit
						""");
	}

}

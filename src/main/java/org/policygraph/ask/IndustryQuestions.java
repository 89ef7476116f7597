package org.policygraph.ask;

import java.util.List;

import org.policygraph.extraction.EntityType;

import static org.policygraph.ask.Phrases.END;
import static org.policygraph.ask.Phrases.X;
import static org.policygraph.ask.Phrases.pattern;
import static org.policygraph.ask.Phrases.whichNounVerbX;

/** Questions about an industry (产业): its parks, enterprises and talent schemes, and an enterprise's industry. */
final class IndustryQuestions {

	private static final String AIMED_AT = "支持|聚焦|涉及|针对|扶持|面向|关注|主攻|专注|围绕|重点发展|发展|服务|培育";

	private IndustryQuestions() {
	}

	static List<QuestionTemplate> templates() {
		return List.of(parksFor(), enterprisesIn(), talentSchemesFor(), industryOf());
	}

	private static QuestionTemplate parksFor() {
		return new QuestionTemplate("parks-for", "聚焦X产业的园区 / parks that focus on industry X", "哪些园区聚焦智能家电？",
				whichNounVerbX("园区|开发区|工业园|产业园|小镇|特色小镇|平台|产业平台", AIMED_AT),
				List.of(Slot.entity("x", EntityType.INDUSTRY)), """
						MATCH (p:Park)-[r:FOCUSES_ON]->(x:Industry {name: $x})
						RETURN p.name AS park, r.documentId AS documentId, r.sentence AS sentence
						ORDER BY park, documentId
						LIMIT $limit
						""");
	}

	private static QuestionTemplate enterprisesIn() {
		return new QuestionTemplate("enterprises-of-industry", "X产业有哪些企业 / enterprises in industry X",
				"哪些企业属于智能家电产业？",
				whichNounVerbX("企业|公司|龙头企业|重点企业|厂家", "属于|从事|涉及|做|生产|在|是|支持|聚焦|布局|专注|深耕"),
				List.of(Slot.entity("x", EntityType.INDUSTRY)), """
						MATCH (e:Enterprise)-[r:IN_INDUSTRY]->(x:Industry {name: $x})
						RETURN e.name AS enterprise, r.documentId AS documentId, r.sentence AS sentence
						ORDER BY enterprise, documentId
						LIMIT $limit
						""");
	}

	private static QuestionTemplate talentSchemesFor() {
		return new QuestionTemplate("talent-schemes-for", "支持X产业的人才计划 / talent schemes that support industry X",
				"哪些人才计划支持轴承产业？",
				whichNounVerbX("人才计划|人才政策|人才项目|人才工程|引才计划|人才行动|人才培育工程|人才", AIMED_AT),
				List.of(Slot.entity("x", EntityType.INDUSTRY)), """
						MATCH (s:TalentScheme)-[r:SUPPORTS]->(x:Industry {name: $x})
						RETURN s.name AS talentScheme, r.documentId AS documentId, r.sentence AS sentence
						ORDER BY talentScheme, documentId
						LIMIT $limit
						""");
	}

	private static QuestionTemplate industryOf() {
		return new QuestionTemplate("industry-of", "X属于什么行业 / the industry of enterprise X", "月立属于什么行业？",
				List.of(pattern(X, "(?:属于|是|做|从事|在)(?:什么|哪个|哪些|哪一个|哪一)(?:行业|产业|领域)(?:的)?(?:企业|公司)?", END),
						pattern(X, "(?:的)?(?:所属|所在)?(?:行业|产业)(?:是|有)(?:什么|哪个|哪些)", END)),
				List.of(Slot.entity("x", EntityType.ENTERPRISE)), """
						MATCH (x:Enterprise {name: $x})-[r:IN_INDUSTRY]->(i:Industry)
						RETURN i.name AS industry, r.documentId AS documentId, r.sentence AS sentence
						ORDER BY industry, documentId
						LIMIT $limit
						""");
	}

}

package org.policygraph.ask;

import java.util.List;

import org.policygraph.extraction.EntityType;

import static org.policygraph.ask.Phrases.END;
import static org.policygraph.ask.Phrases.WHICH;
import static org.policygraph.ask.Phrases.X;
import static org.policygraph.ask.Phrases.pattern;

/** Questions about links of any kind: how two entities are related, who X partners with, which documents name X. */
final class LinkQuestions {

	private static final EntityType[] ANY = EntityType.values();

	private static final String AND = "(?:和|与|跟|同|及)";

	private static final String RELATION = "(?:之间)?(?:有|是|存在)?(?:什么|哪些|何种|怎样的|啥)(?:关系|联系|关联)";

	private static final String RELATED = "(?:之间)?(?:有|有没有)(?:关系|联系|关联)(?:吗)?";

	private static final String PARTY = "(?:企业|机构|单位|银行|公司)";

	private static final String COOPERATE = "(?:合作|共建|签约|合作过)(?:了)?";

	private LinkQuestions() {
	}

	static List<QuestionTemplate> templates() {
		return List.of(relationBetween(), partnersOf(), documentsNaming());
	}

	/**
	 * X和Y: the lazy form splits at the first 和, the greedy form at the last, so that one name may itself hold a 和
	 * (新时代慈商和上林工匠培育工程); Y is lazy in both so that it leaves 有 to the question words.
	 */
	private static QuestionTemplate relationBetween() {
		String lazy = "(?<x>.+?)" + AND + "(?<y>.+?)";
		String greedy = "(?<x>.+)" + AND + "(?<y>.+?)";
		return new QuestionTemplate("relation-between", "X和Y有什么关系 / how two entities are linked, with evidence",
				"公牛电器和宁波市未来工厂名单有什么关系？",
				List.of(pattern(lazy, RELATION, END), pattern(greedy, RELATION, END), pattern(lazy, RELATED, END),
						pattern(greedy, RELATED, END)),
				List.of(Slot.entity("x", ANY), Slot.entity("y", ANY)), """
						MATCH (x:Entity {name: $x}) WHERE $xType IN labels(x)
						MATCH (y:Entity {name: $y}) WHERE $yType IN labels(y)
						MATCH p = allShortestPaths((x)-[:TARGETS|SUPPORTS|FOCUSES_ON|LOCATED_IN|IN_INDUSTRY|LISTED_IN
							|PARTNERS_WITH|ISSUED_BY|FOR*..4]-(y))
						WITH p ORDER BY [n IN nodes(p) | coalesce(n.name, n.id)], [r IN relationships(p) | r.documentId]
						LIMIT 10
						WITH collect(p) AS paths
						UNWIND range(0, size(paths) - 1) AS k
						UNWIND range(0, length(paths[k]) - 1) AS i
						WITH k, i, relationships(paths[k])[i] AS r
						RETURN k + 1 AS path, i + 1 AS step, coalesce(startNode(r).name, startNode(r).id) AS from,
							type(r) AS relation, coalesce(endNode(r).name, endNode(r).id) AS to,
							coalesce(r.documentId, startNode(r).documentId) AS documentId,
							coalesce(r.sentence, startNode(r).sentence) AS sentence
						ORDER BY path, step
						LIMIT $limit
						""");
	}

	private static QuestionTemplate partnersOf() {
		return new QuestionTemplate("partners-of", "X和谁合作 / the partners of X", "先锋电器和谁合作？",
				List.of(pattern(X, AND, "(?:谁|哪些|哪几家|什么)", PARTY, "?(?:有|开展|进行|达成)?(?:了|过)?", COOPERATE, END),
						pattern(X, "(?:的)?(?:有哪些|有什么)?(?:合作伙伴|合作方|合作单位|合作对象)(?:有|是)?(?:哪些|谁|什么)?", END),
						pattern(WHICH, PARTY, "?(?:和|与|跟)", X, "(?:有|开展|进行)?(?:了)?", COOPERATE, END)),
				List.of(Slot.entity("x", EntityType.ENTERPRISE, EntityType.INSTITUTION, EntityType.AGENCY,
						EntityType.REGION)),
				"""
						MATCH (x:Entity {name: $x}) WHERE $xType IN labels(x)
						MATCH (x)-[r:PARTNERS_WITH]-(partner)
						RETURN partner.name AS partner, [l IN labels(partner) WHERE l <> 'Entity'][0] AS partnerType,
							r.documentId AS documentId, r.sentence AS sentence
						ORDER BY partner, documentId
						LIMIT $limit
						""");
	}

	private static QuestionTemplate documentsNaming() {
		String documents = "(?:文件|文档|答复|公文|建议答复|材料|政策文件)";
		return new QuestionTemplate("documents-naming", "哪些文件提到X / the documents that mention X", "哪些文件提到了智能家电？",
				List.of(pattern(WHICH, documents, "(?:中|里)?(?:提到|提及|涉及|出现|说到|讲到|谈到|包含)(?:了|过)?", X, END),
						pattern(X, "(?:出现在|见于|被提到在|在)", WHICH, documents, "(?:中|里)?(?:出现|提到)?(?:过)?",
								END),
						pattern(X, "(?:被|在)?", WHICH, documents, "(?:中|里)?(?:提到|提及|出现)(?:了|过)?", END)),
				List.of(Slot.entity("x", ANY)), """
						MATCH (x:Entity {name: $x}) WHERE $xType IN labels(x)
						MATCH (d:Document)-[m:MENTIONS]->(x)
						RETURN d.id AS documentId, d.title AS title, m.count AS mentions, m.aliases AS forms
						ORDER BY mentions DESC, documentId
						LIMIT $limit
						""");
	}

}

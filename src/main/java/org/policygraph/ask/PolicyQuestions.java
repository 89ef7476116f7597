package org.policygraph.ask;

import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.extraction.EntityType;

import static org.policygraph.ask.Phrases.END;
import static org.policygraph.ask.Phrases.THERE_ARE;
import static org.policygraph.ask.Phrases.WHICH;
import static org.policygraph.ask.Phrases.X;
import static org.policygraph.ask.Phrases.Y;
import static org.policygraph.ask.Phrases.pattern;
import static org.policygraph.ask.Phrases.whichNounVerbX;

/** Questions about programmes (政策): what they target, who issued them, who was listed in them. */
final class PolicyQuestions {

	static final String POLICY_NOUNS = "政策|扶持政策|支持政策|产业政策|规划|方案|计划|行动|项目|政策文件|举措|工程";

	private static final String AIMED_AT = "支持|聚焦|涉及|针对|扶持|面向|关注|瞄准|覆盖|关于|培育|促进|推动";

	private static final String LISTED = "(?:入选|列入|入围|获评|被列入|被认定为|被评为|进入|上榜|纳入|被纳入)";

	private static final String ISSUER = "(?:部门|机构|单位|政府|地方|部委)";

	private static final String ISSUE = "(?:出台|发布|印发|制定|颁布|发文|下发|推出)";

	private PolicyQuestions() {
	}

	static List<QuestionTemplate> templates() {
		return List.of(programmesFor(), listedEnterprises(), listedParks(), listingsOf(), issuerOf(), issuedBy(),
				industriesOf());
	}

	private static QuestionTemplate programmesFor() {
		return new QuestionTemplate("programmes-for", "支持X产业的政策 / programmes that target industry X",
				"哪些政策支持智能家电产业？", whichNounVerbX(POLICY_NOUNS, AIMED_AT),
				List.of(Slot.entity("x", EntityType.INDUSTRY)), """
						MATCH (p:Programme)-[r:TARGETS]->(x:Industry {name: $x})
						RETURN p.name AS programme, r.documentId AS documentId, r.sentence AS sentence
						ORDER BY programme, documentId
						LIMIT $limit
						""");
	}

	private static QuestionTemplate listedEnterprises() {
		return new QuestionTemplate("listed-enterprises", "哪些企业入选了Y / enterprises listed in programme Y",
				"哪些企业入选了宁波市未来工厂名单？", listedIn("企业|公司|单位|厂家"),
				List.of(Slot.entity("y", EntityType.PROGRAMME)), """
						MATCH (e:Enterprise)-[r:LISTED_IN]->(y:Programme {name: $y})
						RETURN e.name AS enterprise, r.documentId AS documentId, r.sentence AS sentence
						ORDER BY enterprise, documentId
						LIMIT $limit
						""");
	}

	private static QuestionTemplate listedParks() {
		return new QuestionTemplate("listed-parks", "哪些园区入选了Y / parks listed in programme Y", "哪些园区入选了市级众创空间？",
				listedIn("园区|平台|开发区|众创空间|小镇|产业园|孵化器"), List.of(Slot.entity("y", EntityType.PROGRAMME)), """
						MATCH (p:Park)-[r:LISTED_IN]->(y:Programme {name: $y})
						RETURN p.name AS park, r.documentId AS documentId, r.sentence AS sentence
						ORDER BY park, documentId
						LIMIT $limit
						""");
	}

	private static List<Pattern> listedIn(String nouns) {
		String noun = "(?:" + nouns + ")";
		return List.of(pattern(WHICH, noun, LISTED, "(?:了)?", Y, END),
				pattern(LISTED, "(?:了)?", Y, "的", noun, "(?:有|是|都有)(?:哪些|什么|哪几[个家项])", END),
				pattern(Y, "(?:里|中|名单中|名单里)?", THERE_ARE, noun, END),
				pattern(Y, "(?:里|中)?(?:的)?", noun, "(?:有|是|都有)(?:哪些|什么|哪几[个家项])", END));
	}

	private static QuestionTemplate listingsOf() {
		return new QuestionTemplate("listings-of", "X入选了哪些名单 / the lists and programmes X entered",
				"公牛电器入选了哪些名单？",
				List.of(pattern(X, "(?:都|曾)?", LISTED, "(?:了|过)?", WHICH, "(?:名单|榜单|政策|项目|计划|试点|荣誉|称号)?", END),
				pattern(X, "(?:获得|拿到|有)(?:了|过)?", WHICH, "(?:荣誉|称号|名单)", END)),
				List.of(Slot.entity("x", EntityType.ENTERPRISE, EntityType.PARK)), """
						MATCH (x:Entity {name: $x}) WHERE $xType IN labels(x)
						MATCH (x)-[r:LISTED_IN]->(p:Programme)
						RETURN p.name AS programme, r.documentId AS documentId, r.sentence AS sentence
						ORDER BY programme, documentId
						LIMIT $limit
						""");
	}

	private static QuestionTemplate issuerOf() {
		return new QuestionTemplate("issuer-of", "Y由哪个部门出台 / who issued programme Y", "两化融合贯标试点由哪个部门出台？",
				List.of(pattern(Y, "(?:是)?(?:由|被)?(?:哪个|哪些|什么|哪一个|哪家|哪级)", ISSUER, "?", ISSUE, "(?:的)?", END),
						pattern(Y, "(?:的)?", ISSUE, "(?:部门|机构|单位|方)(?:是)?(?:哪个|什么|谁|哪家)?", END),
						pattern("谁", ISSUE, "(?:了)?", Y, END),
						pattern(Y, "(?:是)?谁", ISSUE, "(?:的)?", END)),
				List.of(Slot.entity("y", EntityType.PROGRAMME)), """
						MATCH (y:Programme {name: $y})-[r:ISSUED_BY]->(issuer)
						RETURN issuer.name AS issuer, [l IN labels(issuer) WHERE l <> 'Entity'][0] AS issuerType,
							r.documentId AS documentId, r.sentence AS sentence
						ORDER BY issuer, documentId
						LIMIT $limit
						""");
	}

	private static QuestionTemplate issuedBy() {
		return new QuestionTemplate("issued-by", "Z出台了哪些政策 / programmes issued by agency Z", "工信部出台了哪些政策？",
				List.of(pattern(X, ISSUE, "(?:了|过)?", WHICH, "(?:" + POLICY_NOUNS + "|文件|办法|意见|通知)?", END),
						pattern(WHICH, "(?:" + POLICY_NOUNS + "|文件)(?:是)?由", X, ISSUE, "(?:的)?", END),
						pattern(X, THERE_ARE, "(?:" + POLICY_NOUNS + "|文件)", END)),
				List.of(Slot.entity("x", EntityType.AGENCY)), """
						MATCH (x:Agency {name: $x})<-[r:ISSUED_BY]-(p:Programme)
						RETURN p.name AS programme, r.documentId AS documentId, r.sentence AS sentence
						ORDER BY programme, documentId
						LIMIT $limit
						""");
	}

	private static QuestionTemplate industriesOf() {
		return new QuestionTemplate("industries-of",
				"X支持/聚焦哪些产业 / industries a programme, scheme or park is aimed at",
				"浙江制造支持哪些产业？",
				List.of(pattern(X, "(?:主要|重点)?(?:" + AIMED_AT + "|发展|主攻|服务)(?:了|于)?", WHICH,
						"(?:产业|行业|领域|产业链)", END),
						pattern(X, "(?:的)?(?:主导|重点|目标|支持的|聚焦的)(?:产业|行业)(?:是|有)(?:什么|哪些)", END)),
				List.of(Slot.entity("x", EntityType.PROGRAMME, EntityType.TALENT_SCHEME, EntityType.PARK)), """
						MATCH (x:Entity {name: $x}) WHERE $xType IN labels(x)
						MATCH (x)-[r:TARGETS|SUPPORTS|FOCUSES_ON]->(i:Industry)
						RETURN i.name AS industry, type(r) AS relation, r.documentId AS documentId,
							r.sentence AS sentence
						ORDER BY industry, documentId
						LIMIT $limit
						""");
	}

}

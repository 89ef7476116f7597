package org.policygraph.ask;

/** Example responses of {@code GET /api/ask} for the OpenAPI document, as the seed corpus answers them. */
final class AskExamples {

	static final String ANSWERED = """
			{"question": "哪些政策支持智能家电产业？", "understood": true, "template": "programmes-for",
			 "entities": [{"slot": "x", "text": "智能家电产业", "id": "Industry:智能家电", "type": "Industry",
			   "name": "智能家电", "inGraph": true}],
			 "columns": ["programme", "documentId", "sentence"],
			 "rows": [{"programme": "浙江制造", "documentId": "000_d731860091b711b0",
			   "sentence": "扎实推进“浙江制造”建设，加快在智能家电、机械基础件、汽车及关键零部件等三大传统制造业企业中培育“浙江制造”品牌。"}],
			 "evidence": [{"row": 0, "documentId": "000_d731860091b711b0",
			   "sentence": "扎实推进“浙江制造”建设，加快在智能家电、机械基础件、汽车及关键零部件等三大传统制造业企业中培育“浙江制造”品牌。"}],
			 "cypher": "MATCH (p:Programme)-[r:TARGETS]->(x:Industry {name: $x})\\nRETURN p.name AS programme, r.documentId AS documentId, r.sentence AS sentence\\nORDER BY programme, documentId\\nLIMIT $limit\\n",
			 "parameters": {"x": "智能家电", "limit": 100}, "message": null, "examples": []}
			""";

	static final String NOT_UNDERSTOOD = """
			{"question": "今天天气怎么样？", "understood": false, "template": null, "entities": [], "columns": [],
			 "rows": [], "evidence": [], "cypher": null, "parameters": {},
			 "message": {"zh": "没有看懂这个问题。可以参照下面的例句提问。",
			   "en": "The question was not understood. Try asking it like one of the examples below."},
			 "examples": [{"template": "measures-for", "question": "哪些措施支持智能家电产业？",
			   "answers": "支持X的量化措施 / quantified measures for X (industry, scheme, park …)"},
			   {"template": "highest", "question": "最高补贴是多少？",
			   "answers": "图谱中最高的补贴/奖励是多少 / the highest amount of support in the graph"}]}
			""";

	static final String BLANK = """
			{"type": "https://policygraph.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
			 "detail": "Parameter 'q' must not be blank.", "instance": "/api/ask"}
			""";

	private AskExamples() {
	}

}

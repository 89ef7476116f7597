package org.policygraph.query;

/** The OpenAPI description and example of {@code GET /api/graph/path}, kept out of the controller's way. */
final class PathDocumentation {

	static final String DESCRIPTION = """
			Every shortest path (allShortestPaths) of at most maxHops between two entities, ignoring the direction \
			of relationships. By default a path keeps to the fact relationships between entities (TARGETS, \
			SUPPORTS, FOCUSES_ON, LOCATED_IN, IN_INDUSTRY, LISTED_IN, PARTNERS_WITH, ISSUED_BY): each of them is a \
			sentence that states the link, which is what a planner wants to follow. through=measures also lets a \
			path pass through a measure (a measure FOR a programme and FOR an industry joins the two). \
			through=documents lets it pass through a document that MENTIONS both ends; since a document mentions \
			dozens of entities, such paths join almost anything within two hops and crowd out the stated links, so \
			they are off unless asked for. Relationships between the same two nodes stated by several documents \
			are one step with one citation per document; source and target of a step follow the relationship's \
			own direction. Paths are ordered by the ids of their nodes; truncated says that more exist than limit.""";

	static final String EXAMPLE = """
			{
			  "from": {"id": "Programme:浙江制造", "label": "Programme", "name": "浙江制造"},
			  "to": {"id": "Industry:智能家电", "label": "Industry", "name": "智能家电"},
			  "hops": 1,
			  "paths": [
			    {
			      "nodes": [
			        {"id": "Programme:浙江制造", "label": "Programme", "name": "浙江制造"},
			        {"id": "Industry:智能家电", "label": "Industry", "name": "智能家电"}
			      ],
			      "steps": [
			        {"source": "Programme:浙江制造", "target": "Industry:智能家电", "type": "TARGETS",
			         "evidence": [{"documentId": "000_d731860091b711b0",
			           "sentence": "扎实推进“浙江制造”建设，加快在智能家电、机械基础件、汽车及关键零部件等三大传统制造业企业中培育“浙江制造”品牌。"}]}
			      ]
			    }
			  ],
			  "truncated": false
			}""";

	private PathDocumentation() {
	}

}

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
			  "from": {"id": "Programme:市级智能化（自动化）成套装备改造试点示范项目", "label": "Programme",
			           "name": "市级智能化（自动化）成套装备改造试点示范项目"},
			  "to": {"id": "Industry:智能家电", "label": "Industry", "name": "智能家电"},
			  "hops": 1,
			  "paths": [
			    {
			      "nodes": [
			        {"id": "Programme:市级智能化（自动化）成套装备改造试点示范项目", "label": "Programme",
			         "name": "市级智能化（自动化）成套装备改造试点示范项目"},
			        {"id": "Industry:智能家电", "label": "Industry", "name": "智能家电"}
			      ],
			      "steps": [
			        {"source": "Programme:市级智能化（自动化）成套装备改造试点示范项目", "target": "Industry:智能家电",
			         "type": "TARGETS", "evidence": [{"documentId": "001_e4f206c805cd707a",
			         "sentence": "围绕智能家电等重点产业，实施市级智能化（自动化）成套装备改造试点示范项目。"}]}
			      ]
			    }
			  ],
			  "truncated": false
			}""";

	private PathDocumentation() {
	}

}

package org.policygraph.query;

import java.util.List;

import org.policygraph.query.GraphView.GraphNode;

/**
 * The shortest paths between two entities, each step with the sentences that state it.
 *
 * @param from the entity the paths start at
 * @param to the entity the paths end at
 * @param hops the length of the shortest paths, or {@code null} when none is within the hops asked for
 * @param paths the paths, ordered by the names along them; at most as many as asked for
 * @param truncated whether there were more shortest paths than returned
 */
record GraphPaths(GraphNode from, GraphNode to, Integer hops, List<GraphPath> paths, boolean truncated) {

	/**
	 * One path: its nodes from {@code from} to {@code to}, and the step between each node and the next.
	 *
	 * @param nodes the nodes along the path, the two ends included
	 * @param steps one step per hop, in path order
	 */
	record GraphPath(List<GraphNode> nodes, List<PathStep> steps) {
	}

	/**
	 * A relationship on a path, merged over the documents that state it; source and target follow the relationship's
	 * own direction, which may run against the path.
	 *
	 * @param source id of the node the relationship starts at
	 * @param target id of the node it ends at
	 * @param type the relationship type, such as {@code TARGETS}
	 * @param evidence the documents and sentences that state it, by document id; for {@code FOR} the measure's
	 * sentence, for {@code MENTIONS} the document with no sentence
	 */
	record PathStep(String source, String target, String type, List<Citation> evidence) {
	}

}

package org.policygraph.query;

import java.util.List;

import org.neo4j.driver.types.Node;

/**
 * A piece of the graph in the shape a page can draw: nodes, and links between them by node id.
 *
 * @param nodes the nodes, the one asked about first
 * @param links the relationships among those nodes, one per source, target and type
 */
record GraphView(List<GraphNode> nodes, List<GraphLink> links) {

	/**
	 * A node to draw.
	 *
	 * @param id its API id: {@code <Label>:<name>} for an entity, the id of a document or measure
	 * @param label its label, such as {@code Industry}, {@code Document} or {@code Measure}
	 * @param name what to write on it: an entity's name, a document's title, a measure's instrument and figures
	 */
	record GraphNode(String id, String label, String name) {

		static GraphNode of(Node node) {
			String label = "Node";
			for (String candidate : node.labels()) {
				if (!candidate.equals("Entity")) {
					label = candidate;
				}
			}
			return switch (label) {
				case "Document" -> new GraphNode(node.get("id").asString(), label,
						node.get("title").asString(node.get("id").asString()));
				case "Measure" -> new GraphNode(node.get("id").asString(), label, MeasureName.of(node));
				default -> new GraphNode(label + ":" + node.get("name").asString(), label, node.get("name").asString());
			};
		}

	}

	/**
	 * A relationship to draw, merged over the documents that state it.
	 *
	 * @param source id of the node it starts at
	 * @param target id of the node it ends at
	 * @param type the relationship type, such as {@code TARGETS}
	 */
	record GraphLink(String source, String target, String type) {
	}

}

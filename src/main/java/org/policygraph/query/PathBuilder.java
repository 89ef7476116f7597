package org.policygraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.policygraph.query.GraphPaths.GraphPath;
import org.policygraph.query.GraphPaths.PathStep;
import org.policygraph.query.GraphView.GraphNode;

/**
 * Gathers the paths that run through the same nodes by the same relationship types, collecting the citations of
 * each step from all of them.
 */
final class PathBuilder {

	private final List<GraphNode> nodes = new ArrayList<>();

	private final List<String> types = new ArrayList<>();

	private final List<String> sources = new ArrayList<>();

	private final List<String> targets = new ArrayList<>();

	private final List<Map<String, Citation>> evidence = new ArrayList<>();

	PathBuilder(Path path) {
		path.nodes().forEach((node) -> this.nodes.add(GraphNode.of(node)));
		path.forEach((segment) -> {
			Relationship relationship = segment.relationship();
			boolean forward = relationship.startNodeElementId().equals(segment.start().elementId());
			GraphNode first = GraphNode.of(segment.start());
			GraphNode second = GraphNode.of(segment.end());
			this.types.add(relationship.type());
			this.sources.add(forward ? first.id() : second.id());
			this.targets.add(forward ? second.id() : first.id());
			this.evidence.add(new TreeMap<>());
		});
	}

	/** Adds the citations of a path along the same nodes and relationship types. */
	void add(Path path) {
		int step = 0;
		for (Path.Segment segment : path) {
			Citation citation = citation(segment);
			this.evidence.get(step++).putIfAbsent(citation.documentId() + "\u0000" + citation.sentence(), citation);
		}
	}

	/** Orders paths by the ids of the nodes along them, then by relationship types. */
	String sortKey() {
		return String.join("\u0000", this.nodes.stream().map(GraphNode::id).toList()) + "\u0001"
				+ String.join("\u0000", this.types);
	}

	GraphPath build() {
		List<PathStep> steps = new ArrayList<>();
		for (int i = 0; i < this.types.size(); i++) {
			// keyed by document id first, so the citations come in document order
			List<Citation> citations = List.copyOf(this.evidence.get(i).values());
			steps.add(new PathStep(this.sources.get(i), this.targets.get(i), this.types.get(i), citations));
		}
		return new GraphPath(List.copyOf(this.nodes), steps);
	}

	/** The evidence of one relationship: its own for a fact, the measure's for FOR, the document for MENTIONS. */
	private static Citation citation(Path.Segment segment) {
		Relationship relationship = segment.relationship();
		Node source = relationship.startNodeElementId().equals(segment.start().elementId()) ? segment.start()
				: segment.end();
		return switch (relationship.type()) {
			case "FOR" -> new Citation(source.get("documentId").asString(null), source.get("sentence").asString(null));
			case "MENTIONS" -> new Citation(source.get("id").asString(null), null);
			default -> new Citation(relationship.get("documentId").asString(null),
					relationship.get("sentence").asString(null));
		};
	}

}

package org.policygraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.Node;
import org.policygraph.graph.TargetDatabase;
import org.policygraph.query.GraphView.GraphLink;
import org.policygraph.query.GraphView.GraphNode;

import org.springframework.stereotype.Service;

/**
 * Collects the neighbourhood of a node, breadth first up to a depth and a number of nodes, as graph JSON; it reads
 * through the raw driver because it works with nodes and relationships, not with rows.
 */
@Service
class GraphExplorer {

	/** Formatted with a label from {@link EntityId}, never from input. */
	private static final String ENTITY = "MATCH (n:%s {name: $name}) RETURN n";

	private static final String DOCUMENT_OR_MEASURE = """
			MATCH (n:Document {id: $id}) RETURN n
			UNION
			MATCH (n:Measure {id: $id}) RETURN n
			""";

	private static final String NEIGHBOURS = """
			MATCH (n)--(m)
			WHERE elementId(n) IN $frontier AND NOT elementId(m) IN $seen
			WITH DISTINCT m
			RETURN m
			ORDER BY CASE WHEN m:Entity THEN 0 WHEN m:Measure THEN 1 ELSE 2 END, coalesce(m.name, m.id)
			LIMIT $room
			""";

	private static final String LINKS = """
			MATCH (a)-[r]->(b)
			WHERE elementId(a) IN $ids AND elementId(b) IN $ids
			RETURN DISTINCT elementId(a) AS source, elementId(b) AS target, type(r) AS type
			""";

	private final Driver driver;

	private final TargetDatabase database;

	GraphExplorer(Driver driver, TargetDatabase database) {
		this.driver = driver;
		this.database = database;
	}

	/**
	 * The nodes within {@code depth} hops of the node with the given API id, at most {@code limit} of them (nearest
	 * first), and every relationship among them.
	 */
	GraphView neighbourhood(String id, int depth, int limit) {
		try (Session session = this.driver.session(this.database.session(AccessMode.READ).build())) {
			return session.executeRead((tx) -> explore(tx, id, depth, limit));
		}
	}

	private GraphView explore(TransactionContext tx, String id, int depth, int limit) {
		Node start = find(tx, id)
			.orElseThrow(() -> new ResourceNotFoundException("There is no node with id '%s'.".formatted(id)));
		Map<String, Node> nodes = new LinkedHashMap<>();
		nodes.put(start.elementId(), start);
		List<String> frontier = List.of(start.elementId());
		for (int hop = 0; hop < depth && !frontier.isEmpty() && nodes.size() < limit; hop++) {
			List<Node> found = tx
				.run(NEIGHBOURS, Values.parameters("frontier", frontier, "seen", List.copyOf(nodes.keySet()), "room",
						limit - nodes.size()))
				.list((row) -> row.get("m").asNode());
			found.forEach((node) -> nodes.put(node.elementId(), node));
			frontier = found.stream().map(Node::elementId).toList();
		}
		return view(tx, nodes);
	}

	private Optional<Node> find(TransactionContext tx, String id) {
		Query query = EntityId.tryParse(id)
			.map((entity) -> new Query(ENTITY.formatted(entity.label()), Values.parameters("name", entity.name())))
			.orElseGet(() -> new Query(DOCUMENT_OR_MEASURE, Values.parameters("id", id)));
		return tx.run(query).stream().findFirst().map((row) -> row.get("n").asNode());
	}

	private GraphView view(TransactionContext tx, Map<String, Node> nodes) {
		Map<String, GraphNode> drawn = new LinkedHashMap<>();
		nodes.forEach((elementId, node) -> drawn.put(elementId, GraphNode.of(node)));
		List<GraphLink> links = new ArrayList<>();
		tx.run(LINKS, Values.parameters("ids", List.copyOf(nodes.keySet())))
			.forEachRemaining((row) -> links.add(new GraphLink(drawn.get(row.get("source").asString()).id(),
					drawn.get(row.get("target").asString()).id(), row.get("type").asString())));
		return new GraphView(List.copyOf(drawn.values()), links);
	}

}

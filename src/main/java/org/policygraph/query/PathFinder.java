package org.policygraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Path;
import org.policygraph.graph.TargetDatabase;
import org.policygraph.extraction.RelationType;
import org.policygraph.query.GraphPaths.GraphPath;
import org.policygraph.query.GraphView.GraphNode;

import org.springframework.stereotype.Service;

/**
 * Finds every shortest path between two entities over the fact relationships (and, when asked, through measures or
 * documents) and gives each step its evidence; parallel relationships that differ only in the stating document are
 * one step with several citations.
 */
@Service
class PathFinder {

	/** Shortest paths read from the database at most, before merging parallel relationships. */
	private static final int SCAN_LIMIT = 2000;

	/** Longest a path search may run; four hops through documents on a large graph can take longer. */
	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String TIMED_OUT = "The path search took longer than %d s; ask for fewer hops (maxHops) or "
			+ "leave out through=documents.";

	/** Formatted with labels from {@link EntityId}, never from input. */
	private static final String ENDS = """
			OPTIONAL MATCH (a:%s {name: $from})
			OPTIONAL MATCH (b:%s {name: $to})
			RETURN a, b
			""";

	/** Formatted with the ends' labels, relationship types from code and a hop count checked to be 1 to 4. */
	private static final String PATHS = """
			MATCH (a:%s {name: $from}), (b:%s {name: $to})
			MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
			RETURN p
			LIMIT $scan
			""";

	private final Driver driver;

	private final TargetDatabase database;

	PathFinder(Driver driver, TargetDatabase database) {
		this.driver = driver;
		this.database = database;
	}

	/** The shortest paths of at most {@code maxHops} between two different entities, at most {@code limit} of them. */
	GraphPaths paths(EntityId from, EntityId to, int maxHops, Set<Intermediary> through, int limit) {
		try (Session session = this.driver.session(this.database.session(AccessMode.READ).build())) {
			return session.executeRead((tx) -> find(tx, from, to, maxHops, through, limit),
					TransactionConfig.builder().withTimeout(TIMEOUT).build());
		}
		catch (Neo4jException ex) {
			if (QueryTimeoutException.isTimeout(ex)) {
				throw new QueryTimeoutException(TIMED_OUT.formatted(TIMEOUT.toSeconds()), ex);
			}
			throw ex;
		}
	}

	private GraphPaths find(TransactionContext tx, EntityId from, EntityId to, int maxHops, Set<Intermediary> through,
			int limit) {
		Record ends = tx.run(ENDS.formatted(from.label(), to.label()), Values.parameters("from", from.name(), "to",
				to.name())).single();
		GraphNode start = end(ends.get("a"), from);
		GraphNode finish = end(ends.get("b"), to);
		String query = PATHS.formatted(from.label(), to.label(), relationshipTypes(through), maxHops);
		List<Record> rows = tx.run(query, Values.parameters("from", from.name(), "to", to.name(), "scan", SCAN_LIMIT))
			.list();
		Map<List<String>, PathBuilder> found = new LinkedHashMap<>();
		rows.forEach((row) -> merge(found, row.get("p").asPath()));
		List<GraphPath> paths = found.values()
			.stream()
			.sorted(Comparator.comparing(PathBuilder::sortKey))
			.limit(limit)
			.map(PathBuilder::build)
			.toList();
		Integer hops = paths.isEmpty() ? null : paths.get(0).steps().size();
		return new GraphPaths(start, finish, hops, paths, found.size() > limit || rows.size() >= SCAN_LIMIT);
	}

	private static GraphNode end(Value node, EntityId id) {
		if (node.isNull()) {
			throw new ResourceNotFoundException("There is no entity '%s'.".formatted(id));
		}
		return GraphNode.of(node.asNode());
	}

	private static String relationshipTypes(Collection<Intermediary> through) {
		return Stream
			.concat(Stream.of(RelationType.values()).map(RelationType::name),
					through.stream().map(Intermediary::relationshipType))
			.collect(Collectors.joining("|"));
	}

	private static void merge(Map<List<String>, PathBuilder> found, Path path) {
		List<String> key = new ArrayList<>();
		path.forEach((segment) -> {
			key.add(segment.start().elementId());
			key.add(segment.relationship().type());
		});
		key.add(path.end().elementId());
		found.computeIfAbsent(key, (ignored) -> new PathBuilder(path)).add(path);
	}

}

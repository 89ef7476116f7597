package org.policygraph.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.policygraph.extraction.ExtractedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes an {@link ExtractedDocument} into the graph in one transaction: new documents are loaded, changed ones
 * have their own facts replaced, unchanged ones (same content hash) are left alone, and a failure leaves the graph
 * as it was.
 */
@Component
public class GraphLoader {

	private static final Logger logger = LoggerFactory.getLogger(GraphLoader.class);

	private final Driver driver;

	private final TargetDatabase database;

	GraphLoader(Driver driver, TargetDatabase database) {
		this.driver = driver;
		this.database = database;
	}

	/**
	 * Loads one document.
	 * @param document the extraction result
	 * @return what changed
	 * @throws GraphLoadException if the document is invalid or the transaction fails; nothing was written then
	 */
	public LoadResult load(ExtractedDocument document) {
		GraphRows rows = GraphRows.of(document);
		LoadResult result;
		try (Session session = this.driver.session(this.database.session(AccessMode.WRITE).build())) {
			result = session.executeWrite((tx) -> new DocumentWrite(tx, rows).apply());
		}
		catch (Neo4jException | IllegalStateException ex) {
			throw new GraphLoadException(rows.documentId(), ex.getMessage(), ex);
		}
		logger.debug("{} {}: +{} -{} nodes, +{} -{} relationships", result.outcome(), result.documentId(),
				result.nodesCreated(), result.nodesDeleted(), result.relationshipsCreated(),
				result.relationshipsDeleted());
		return result;
	}

	/** Counts all nodes and relationships in the graph. */
	public GraphCounts counts() {
		Record record = this.driver.executableQuery("""
				CALL () { MATCH (n) RETURN count(n) AS nodes }
				CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
				RETURN nodes, relationships
				""").withConfig(this.database.query(RoutingControl.READ)).execute().records().get(0);
		return new GraphCounts(record.get("nodes").asLong(), record.get("relationships").asLong());
	}

}

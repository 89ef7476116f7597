package org.policygraph.export;

import java.io.IOException;
import java.io.OutputStream;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.policygraph.graph.TargetDatabase;

import org.springframework.stereotype.Service;

/**
 * Streams a subgraph from the database to a writer: both queries run in one read transaction and their records are
 * pulled from the driver's cursor a batch at a time, so memory stays flat however big the graph. The transaction is
 * not retried, since a retry would write the beginning of the export twice.
 */
@Service
class GraphExport {

	private final Driver driver;

	private final TargetDatabase database;

	GraphExport(Driver driver, TargetDatabase database) {
		this.driver = driver;
		this.database = database;
	}

	void write(Subgraph subgraph, ExportFormat format, OutputStream out) throws IOException {
		SessionConfig read = this.database.session(AccessMode.READ).build();
		try (Session session = this.driver.session(read); Transaction tx = session.beginTransaction()) {
			ExportWriter writer = format.writer(out);
			Result nodes = tx.run(subgraph.nodes());
			while (nodes.hasNext()) {
				writer.node(ExportedNode.of(nodes.next().get("n").asNode()));
			}
			writer.startRelationships();
			Result relationships = tx.run(subgraph.relationships());
			while (relationships.hasNext()) {
				writer.relationship(ExportedRelationship.of(relationships.next()));
			}
			writer.finish();
			tx.commit();
		}
	}

}

package org.policygraph.export;

import java.io.IOException;

/**
 * Writes one export to the response as the nodes and relationships arrive: {@link #node} for each node, then
 * {@link #startRelationships} once, {@link #relationship} for each relationship, and {@link #finish} at the end.
 * The writer does not close the response stream.
 */
interface ExportWriter {

	void node(ExportedNode node) throws IOException;

	void startRelationships() throws IOException;

	void relationship(ExportedRelationship relationship) throws IOException;

	void finish() throws IOException;

}

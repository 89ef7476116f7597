package org.policygraph.graph;

/**
 * What loading one document did to the graph: the outcome and the counters of its write transaction.
 *
 * @param documentId the document's id
 * @param outcome whether it was new, replaced or left as it was
 * @param nodesCreated nodes created
 * @param nodesDeleted nodes deleted (old measures and entities no document mentions any more)
 * @param relationshipsCreated relationships created
 * @param relationshipsDeleted relationships deleted
 */
public record LoadResult(String documentId, Outcome outcome, int nodesCreated, int nodesDeleted,
		int relationshipsCreated, int relationshipsDeleted) {

	static LoadResult unchanged(String documentId) {
		return new LoadResult(documentId, Outcome.UNCHANGED, 0, 0, 0, 0);
	}

	/** How a document's facts ended up in the graph. */
	public enum Outcome {

		/** The document was not in the graph before. */
		LOADED,
		/** The document had a different content hash; its old facts were replaced. */
		REPLACED,
		/** The document had the same content hash; nothing was written. */
		UNCHANGED

	}

}

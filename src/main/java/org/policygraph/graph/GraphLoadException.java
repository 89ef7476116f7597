package org.policygraph.graph;

/** Thrown when a document cannot be loaded; its transaction was rolled back and the graph is as it was. */
public class GraphLoadException extends RuntimeException {

	private final String documentId;

	GraphLoadException(String documentId, String reason, Throwable cause) {
		super("Document " + documentId + " was not loaded: " + reason, cause);
		this.documentId = documentId;
	}

	GraphLoadException(String documentId, String reason) {
		this(documentId, reason, null);
	}

	public String getDocumentId() {
		return this.documentId;
	}

}

package org.policygraph.extraction;

/**
 * A sentence (or clause) of a document with its character offsets in the document text.
 *
 * @param text the sentence as it stands in the text
 * @param start offset of its first character
 * @param end offset just past its last character
 */
record Sentence(String text, int start, int end) {

	Evidence evidence(String documentId) {
		return new Evidence(documentId, this.text, this.start, this.end);
	}

	boolean contains(int offset) {
		return offset >= this.start && offset < this.end;
	}

}

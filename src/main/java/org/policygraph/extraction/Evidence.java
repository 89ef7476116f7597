package org.policygraph.extraction;

/**
 * Where a fact was read: the document, the sentence (or clause) and its character offsets in the document text.
 *
 * @param documentId id of the source document
 * @param sentence the sentence text as it stands in the document
 * @param start offset of the sentence's first character in the document text
 * @param end offset just past the sentence's last character
 */
public record Evidence(String documentId, String sentence, int start, int end) {
}

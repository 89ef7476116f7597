package org.policygraph.document;

import java.nio.file.Path;

/**
 * A policy document read from disk: its id (file name without extension), decoded text and a hash of its bytes.
 *
 * @param id file name without extension, the document's key everywhere
 * @param path where it was read from
 * @param text the decoded text, line breaks normalised to {@code \n}
 * @param contentHash SHA-256 of the file's bytes, hex encoded; re-imports of unchanged bytes are skipped on it
 */
public record SourceDocument(String id, Path path, String text, String contentHash) {
}

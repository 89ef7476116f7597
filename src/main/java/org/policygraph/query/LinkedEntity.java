package org.policygraph.query;

import java.util.List;

/**
 * An entity linked to the one asked about, with every sentence that states the link.
 *
 * @param id the API id, {@code <Label>:<name>}
 * @param type the entity type label
 * @param name the canonical name
 * @param aliases other surface forms, over all documents
 * @param evidence the stating sentences, one per document that states the link
 */
public record LinkedEntity(String id, String type, String name, List<String> aliases, List<Citation> evidence) {
}

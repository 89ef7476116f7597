package org.policygraph.query;

import java.util.List;

/**
 * An entity found by full-text search, with the relevance Lucene gave it.
 *
 * @param id the API id, {@code <Label>:<name>}
 * @param type the entity type label
 * @param name the canonical name
 * @param aliases other surface forms, over all documents
 * @param score the Lucene relevance score; higher is better
 */
record SearchHit(String id, String type, String name, List<String> aliases, double score) {
}

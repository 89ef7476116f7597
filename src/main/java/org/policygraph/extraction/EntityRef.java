package org.policygraph.extraction;

/** Points at an entity by its type and canonical name, the key it has in a document and in the graph. */
public record EntityRef(EntityType type, String name) {
}

package org.policygraph.extraction;

/** A typed relation between two entities of the same document, stated in one sentence. */
public record Relation(RelationType type, EntityRef source, EntityRef target, Evidence evidence) {
}

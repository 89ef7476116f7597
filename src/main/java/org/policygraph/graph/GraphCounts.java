package org.policygraph.graph;

/**
 * The size of the whole graph, as an import summary prints it.
 *
 * @param nodes number of nodes
 * @param relationships number of relationships
 */
public record GraphCounts(long nodes, long relationships) {
}

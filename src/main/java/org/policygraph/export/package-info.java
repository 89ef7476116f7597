/**
 * Export of the graph, whole or a subgraph, as JSON, GraphML (Gephi, yEd) or a zip of two CSV files, streamed from a
 * driver result cursor to the response so that no export is ever held in memory.
 */
package org.policygraph.export;

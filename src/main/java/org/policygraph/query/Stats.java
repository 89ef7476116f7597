package org.policygraph.query;

import java.util.Map;

/**
 * The size of the graph.
 *
 * @param documents how many documents are loaded
 * @param nodes node counts per label; entity nodes count under their type and under {@code Entity}
 * @param relationships relationship counts per type
 */
record Stats(long documents, Map<String, Long> nodes, Map<String, Long> relationships) {
}

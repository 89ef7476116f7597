package org.policygraph.cypher;

import java.util.List;

/**
 * The answer to a query: its column names, the rows (each a list of JSON values in column order), whether rows were
 * left out because of {@code policygraph.cypher.max-rows}, and how long it took.
 *
 * @param columns names of the returned columns
 * @param rows at most {@code max-rows} rows; nodes as {@code {elementId, labels, properties}}, relationships as
 * {@code {elementId, type, startElementId, endElementId, properties}}, paths as {@code {nodes, relationships}},
 * temporal values as ISO-8601 strings
 * @param truncated whether the query had more rows than were returned
 * @param elapsedMs time from receiving the query to the last row, in milliseconds
 */
public record CypherResult(List<String> columns, List<List<Object>> rows, boolean truncated, long elapsedMs) {

}

package org.policygraph.cypher;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A researcher's query: Cypher text and the values of its {@code $parameters}, which stay data and are never
 * spliced into the text.
 *
 * @param query one read-only Cypher statement
 * @param parameters values for {@code $name} placeholders in the query; may be omitted
 */
public record CypherRequest(
		@Schema(description = "One read-only Cypher statement", requiredMode = Schema.RequiredMode.REQUIRED,
				example = "MATCH (m:Measure)-[:FOR]->(i:Industry {name: $industry}) "
						+ "RETURN m.instrument, m.amountYuan") String query,
		@Schema(description = "Values of the query's $parameters",
				example = "{\"industry\": \"智能家电\"}") Map<String, Object> parameters) {

	/** The parameters, empty when none were sent. */
	Map<String, Object> parametersOrEmpty() {
		return (this.parameters != null) ? this.parameters : Map.of();
	}

}

package org.policygraph.cypher;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the read-only Cypher endpoint ({@code policygraph.cypher.*}); a request cannot raise any of them.
 *
 * @param timeout longest a query may run before Neo4j stops it
 * @param maxRows most rows one answer carries; more are not even fetched, and the answer says {@code truncated}
 * @param maxQueryLength most characters of Cypher text
 * @param maxRequestSize largest request body (query and parameters)
 * @param rateLimit requests per minute per API key (a token bucket that holds a minute's worth)
 * @param maxConcurrent most queries planned or running at once, over all keys; a query Neo4j is still planning after
 * its caller was answered with a timeout keeps its place until Neo4j finishes
 */
@ConfigurationProperties("policygraph.cypher")
@Validated
public record CypherProperties(@DefaultValue("5s") @NotNull Duration timeout,
		@DefaultValue("1000") @Min(1) @Max(100_000) int maxRows,
		@DefaultValue("10000") @Min(1) int maxQueryLength,
		@DefaultValue("64KB") @NotNull DataSize maxRequestSize,
		@DefaultValue("60") @Min(1) int rateLimit,
		@DefaultValue("4") @Min(1) int maxConcurrent) {

}

package org.policygraph.cypher;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The stable problem types of the Cypher endpoint, under the same type URI base as the rest of the API; clients
 * branch on the {@code type}, never on the wording of the detail.
 */
enum CypherProblemType {

	DISABLED(HttpStatus.NOT_FOUND, "cypher-disabled", "Cypher endpoint off"),
	UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "API key missing or unknown"),
	FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Role not allowed"),
	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests"),
	TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large"),
	LENGTH_REQUIRED(HttpStatus.LENGTH_REQUIRED, "length-required", "Length required"),
	INVALID(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query"),
	REFUSED(HttpStatus.BAD_REQUEST, "query-refused", "Query refused"),
	FAILED(HttpStatus.BAD_REQUEST, "query-failed", "Query failed"),
	TIMEOUT(HttpStatus.UNPROCESSABLE_CONTENT, "query-timeout", "Query timed out"),
	MEMORY(HttpStatus.UNPROCESSABLE_CONTENT, "query-memory-limit", "Query used too much memory"),
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
	BUSY(HttpStatus.SERVICE_UNAVAILABLE, "cypher-busy", "Too many queries running"),
	UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "graph-unavailable", "Graph database unavailable"),
	INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error");

	private static final String BASE = "https://policygraph.org/problems/";

	private final HttpStatus status;

	private final URI uri;

	private final String title;

	CypherProblemType(HttpStatus status, String slug, String title) {
		this.status = status;
		this.uri = URI.create(BASE + slug);
		this.title = title;
	}

	HttpStatus status() {
		return this.status;
	}

	URI uri() {
		return this.uri;
	}

	String title() {
		return this.title;
	}

}

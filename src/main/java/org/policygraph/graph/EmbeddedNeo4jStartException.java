package org.policygraph.graph;

/**
 * The embedded engine cannot start as configured (a setting is wrong, or its store or Bolt address is taken); the
 * message names the setting and what to do, and start-up reports it without a stack trace.
 */
public class EmbeddedNeo4jStartException extends IllegalStateException {

	EmbeddedNeo4jStartException(String message) {
		super(message);
	}

	EmbeddedNeo4jStartException(String message, Throwable cause) {
		super(message, cause);
	}

}

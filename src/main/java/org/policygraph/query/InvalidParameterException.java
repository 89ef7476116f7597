package org.policygraph.query;

/** Thrown when a request parameter is well-typed but not acceptable, such as an unknown entity type (HTTP 400). */
class InvalidParameterException extends RuntimeException {

	InvalidParameterException(String detail) {
		super(detail);
	}

}

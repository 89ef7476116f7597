package org.policygraph.query;

/**
 * Thrown when a request parameter is well-typed but not acceptable, such as an unknown entity type (HTTP 400); other
 * read-side packages, such as export, throw it too.
 */
public class InvalidParameterException extends RuntimeException {

	public InvalidParameterException(String detail) {
		super(detail);
	}

}

package org.policygraph.query;

<<<<<<< HEAD
/** Thrown when a request parameter is well-typed but not acceptable, such as an unknown entity type (HTTP 400). */
=======
/**
 * Thrown when a request parameter is well-typed but not acceptable, such as an unknown entity type (HTTP 400); other
 * read-side packages, such as export, throw it too.
 */
>>>>>>> i4-export
public class InvalidParameterException extends RuntimeException {

	public InvalidParameterException(String detail) {
		super(detail);
	}

}

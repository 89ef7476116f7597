package org.policygraph.query;

/**
 * Thrown when a path names an industry, entity, document or node that the graph does not hold (HTTP 404); other
 * read-side packages, such as export, throw it too.
 */
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(String detail) {
		super(detail);
	}

}

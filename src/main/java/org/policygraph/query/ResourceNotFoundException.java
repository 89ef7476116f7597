package org.policygraph.query;

/** Thrown when a path names an industry, entity, document or node that the graph does not hold (HTTP 404). */
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(String detail) {
		super(detail);
	}

}

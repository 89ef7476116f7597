package org.policygraph.query;

import org.neo4j.driver.exceptions.Neo4jException;

/** Thrown when a read query runs past its transaction timeout (HTTP 422): asking for less helps, retrying does not. */
class QueryTimeoutException extends RuntimeException {

	QueryTimeoutException(String detail, Throwable cause) {
		super(detail, cause);
	}

	/** Whether Neo4j stopped the transaction because it ran past its timeout (server- or client-configured). */
	static boolean isTimeout(Neo4jException ex) {
		return ex.code() != null && ex.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
	}

}

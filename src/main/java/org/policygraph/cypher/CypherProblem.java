package org.policygraph.cypher;

/**
 * A request to the Cypher endpoint that ends in a problem detail, with the outcome the audit log records for it
 * ({@code refused:<reason>}, {@code timeout}, {@code error}).
 */
final class CypherProblem extends RuntimeException {

	private final CypherProblemType type;

	private final String outcome;

	private final long retryAfterSeconds;

	CypherProblem(CypherProblemType type, String detail, String outcome) {
		this(type, detail, outcome, 0);
	}

	CypherProblem(CypherProblemType type, String detail, String outcome, long retryAfterSeconds) {
		super(detail, null, false, false);
		this.type = type;
		this.outcome = outcome;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	static CypherProblem refused(CypherProblemType type, String code, String detail) {
		return new CypherProblem(type, detail, "refused:" + code);
	}

	CypherProblemType type() {
		return this.type;
	}

	String outcome() {
		return this.outcome;
	}

	/** Seconds the caller should wait before the next request; 0 when waiting would not help. */
	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}

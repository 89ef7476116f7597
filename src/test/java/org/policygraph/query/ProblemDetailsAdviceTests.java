package org.policygraph.query;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The failures an endpoint test cannot provoke on a healthy engine. */
class ProblemDetailsAdviceTests {

	private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

	@Test
	void reportsAnUnreachableGraphAsServiceUnavailable() {
		ProblemDetail problem = this.advice.handleGraphUnavailable(new CannotCreateTransactionException(
				"Could not open Neo4j session", new ServiceUnavailableException("Unable to connect to localhost:7687")));
		assertThat(problem.getStatus()).isEqualTo(503);
		assertThat(problem.getType()).hasToString("https://policygraph.org/problems/graph-unavailable");
		assertThat(problem.getDetail()).doesNotContain("7687", "Exception", "Neo4j session");
	}

	@Test
	void reportsAQueryStoppedAtItsTimeoutAsUnprocessable() {
		ClientException timedOut = new ClientException(
				"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "The transaction has been terminated.");
		assertThat(QueryTimeoutException.isTimeout(timedOut)).isTrue();
		assertThat(QueryTimeoutException.isTimeout(new ClientException("Neo.ClientError.Statement.SyntaxError", "x")))
			.isFalse();
		ProblemDetail problem = this.advice.handleQueryTimeout(new QueryTimeoutException("Ask for less.", timedOut));
		assertThat(problem.getStatus()).isEqualTo(422);
		assertThat(problem.getType()).hasToString("https://policygraph.org/problems/query-timeout");
		assertThat(problem.getDetail()).isEqualTo("Ask for less.");
	}

	@Test
	void hidesTheCauseOfAnUnexpectedFailure() {
		ProblemDetail problem = this.advice.handleUnexpected(new IllegalStateException("secret internals"));
		assertThat(problem.getStatus()).isEqualTo(500);
		assertThat(problem.getType()).hasToString("https://policygraph.org/problems/internal-error");
		assertThat(problem.getTitle()).isEqualTo("Internal error");
		assertThat(problem.getDetail()).doesNotContain("secret", "IllegalStateException");
	}

}

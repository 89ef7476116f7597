package org.policygraph.cypher;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Plans a query with {@code EXPLAIN} and waits for Neo4j no longer than the timeout and a short grace: the Cypher
 * compiler does not look at the transaction timeout in every phase (a chain of a hundred {@code +} keeps it busy for
 * minutes), so the caller's wait is bounded here rather than by Neo4j.
 */
final class QueryPlanner {

	/** The one place query text is joined to other text: Cypher cannot take a statement as a parameter. */
	static final String EXPLAIN = "EXPLAIN ";

	private static final long GRACE_MILLIS = 500;

	private final Driver driver;

	private final SessionConfig session;

	private final Duration timeout;

	QueryPlanner(Driver driver, SessionConfig session, Duration timeout) {
		this.driver = driver;
		this.session = session;
		this.timeout = timeout;
	}

	/**
	 * The plan of the query; {@code settled} runs once Neo4j has really finished planning, which may be after this
	 * method gave up waiting.
	 */
	ResultSummary explain(String query, Value values, TransactionConfig config, Runnable settled) {
		CompletableFuture<ResultSummary> planning = start(query, values, config, settled);
		try {
			return planning.get(this.timeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw Neo4jFailures.timeout();
		}
		catch (ExecutionException ex) {
			throw failure(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw Neo4jFailures.timeout();
		}
	}

	private CompletableFuture<ResultSummary> start(String query, Value values, TransactionConfig config,
			Runnable settled) {
		AsyncSession session;
		try {
			session = this.driver.session(AsyncSession.class, this.session);
		}
		catch (RuntimeException ex) {
			settled.run();
			throw ex;
		}
		CompletableFuture<ResultSummary> planning = session.runAsync(new Query(EXPLAIN + query, values), config)
			.thenCompose(ResultCursor::consumeAsync)
			.toCompletableFuture();
		planning.whenComplete((summary, error) -> session.closeAsync().whenComplete((closed, ex) -> settled.run()));
		return planning;
	}

	private static RuntimeException failure(Throwable cause) {
		Throwable unwrapped = (cause instanceof CompletionException && cause.getCause() != null) ? cause.getCause()
				: cause;
		if (unwrapped instanceof Neo4jException neo4j) {
			return Neo4jFailures.whilePlanning(neo4j, EXPLAIN.length());
		}
		return (unwrapped instanceof RuntimeException runtime) ? runtime : new IllegalStateException(unwrapped);
	}

}

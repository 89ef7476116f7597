package org.policygraph.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.policygraph.graph.TargetDatabase;

import org.springframework.stereotype.Component;

/**
 * Runs a researcher's query so that it cannot change the graph or reach outside it: plans it with {@code EXPLAIN}
 * and refuses it unless {@link ReadOnlyPlan} allows the plan, then runs it in a READ transaction with the configured
 * timeout, pulling no more than {@code max-rows} rows (plus one to know whether there were more).
 */
@Component
class ReadOnlyCypher {

	private static final Map<String, Object> METADATA = Map.of("app", "policygraph", "endpoint", "/api/cypher");

	private final Driver driver;

	private final CypherProperties properties;

	private final TargetDatabase database;

	private final QueryPlanner planner;

	private final Semaphore slots;

	ReadOnlyCypher(Driver driver, CypherProperties properties, TargetDatabase database) {
		this.driver = driver;
		this.properties = properties;
		this.database = database;
		this.planner = new QueryPlanner(driver, database.session(AccessMode.READ).build(), properties.timeout());
		this.slots = new Semaphore(properties.maxConcurrent());
	}

	CypherResult run(String query, Map<String, Object> parameters) {
		long started = System.nanoTime();
		Value values = values(parameters);
		if (!this.slots.tryAcquire()) {
			throw new CypherProblem(CypherProblemType.BUSY, "The endpoint is running as many queries as it may "
					+ "(policygraph.cypher.max-concurrent); retry in a moment.", "refused:busy", 1);
		}
		// the slot is free again once both this request and Neo4j's planning of its query have ended
		Runnable release = releaseAfter(2);
		try {
			vet(query, values, release);
			return execute(query, values, started);
		}
		finally {
			release.run();
		}
	}

	private Runnable releaseAfter(int parties) {
		AtomicInteger remaining = new AtomicInteger(parties);
		return () -> {
			if (remaining.decrementAndGet() == 0) {
				this.slots.release();
			}
		};
	}

	private void vet(String query, Value values, Runnable settled) {
		ResultSummary summary = this.planner.explain(query, values, transactionConfig(), settled);
		ReadOnlyPlan.refusal(summary).ifPresent((refusal) -> {
			throw CypherProblem.refused(CypherProblemType.REFUSED, refusal.code(),
					"Query refused: " + refusal.reason() + ".");
		});
	}

	private CypherResult execute(String query, Value values, long started) {
		SessionConfig readOnly = this.database.session(AccessMode.READ)
			.withFetchSize(Math.min(this.properties.maxRows() + 1, 1000))
			.build();
		try (Session session = this.driver.session(readOnly);
				Transaction tx = session.beginTransaction(transactionConfig())) {
			CypherResult result = fetch(tx.run(query, values), started);
			tx.rollback();
			return result;
		}
		catch (Neo4jException ex) {
			throw Neo4jFailures.whileRunning(ex);
		}
	}

	private CypherResult fetch(Result result, long started) {
		List<String> columns = result.keys();
		List<List<Object>> rows = new ArrayList<>();
		while (rows.size() < this.properties.maxRows() && result.hasNext()) {
			rows.add(row(result.next()));
		}
		boolean truncated = result.hasNext();
		return new CypherResult(columns, rows, truncated, (System.nanoTime() - started) / 1_000_000);
	}

	private static List<Object> row(Record record) {
		List<Object> row = new ArrayList<>(record.size());
		for (Value value : record.values()) {
			row.add(CypherValues.toJson(value));
		}
		return row;
	}

	private TransactionConfig transactionConfig() {
		return TransactionConfig.builder().withTimeout(this.properties.timeout()).withMetadata(METADATA).build();
	}

	private static Value values(Map<String, Object> parameters) {
		try {
			return Values.value(parameters);
		}
		catch (ClientException ex) {
			throw CypherProblem.refused(CypherProblemType.INVALID, "parameters",
					"A parameter has a value the graph cannot hold: " + ex.getMessage());
		}
	}

}

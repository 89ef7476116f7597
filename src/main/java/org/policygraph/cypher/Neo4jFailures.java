package org.policygraph.cypher;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Neo4j's errors into problems for the caller: syntax and semantic errors with Neo4j's own first line (positions
 * counted in the caller's text), timeouts, memory limits and writes attempted in a read transaction each with their
 * own type; database errors only into a generic message, with the details in the server log.
 */
final class Neo4jFailures {

	private static final Logger logger = LoggerFactory.getLogger(Neo4jFailures.class);

	private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

	private Neo4jFailures() {
	}

	/** An error while Neo4j planned {@code EXPLAIN <query>}: the query is not valid Cypher for this database. */
	static CypherProblem whilePlanning(Neo4jException ex, int prefixLength) {
		CypherProblem common = common(ex);
		if (common != null) {
			return common;
		}
		return CypherProblem.refused(CypherProblemType.INVALID, "invalid",
				"Neo4j cannot plan this query: " + firstLine(ex.getMessage(), prefixLength));
	}

	/** An error while the query ran. */
	static CypherProblem whileRunning(Neo4jException ex) {
		CypherProblem common = common(ex);
		if (common != null) {
			return common;
		}
		return new CypherProblem(CypherProblemType.FAILED, "The query failed: " + firstLine(ex.getMessage(), 0),
				"error");
	}

	private static CypherProblem common(Neo4jException ex) {
		String code = String.valueOf(ex.code());
		if (ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException) {
			logger.warn("Neo4j is not reachable: {}", ex.getMessage());
			return new CypherProblem(CypherProblemType.UNAVAILABLE,
					"The graph database is not reachable; try again later.", "error");
		}
		if (code.contains("TimedOut")) {
			return timeout();
		}
		if (code.contains("MemoryPoolOutOfMemoryError") || code.contains("OutOfMemory")) {
			return CypherProblem.refused(CypherProblemType.MEMORY, "memory", "The query needed more memory than one "
					+ "transaction may use and was stopped; aggregate or narrow it.");
		}
		if (code.endsWith("AccessMode") || code.contains("Security.Forbidden")) {
			return CypherProblem.refused(CypherProblemType.REFUSED, "write",
					"Query refused: it tried to write, and this endpoint only reads.");
		}
		if (!code.startsWith("Neo.ClientError")) {
			logger.error("Cypher endpoint query failed in Neo4j ({})", code, ex);
			return new CypherProblem(CypherProblemType.INTERNAL,
					"The query could not be completed; the server log has the details.", "error");
		}
		return null;
	}

	/** The query ran, or Neo4j planned it, for longer than {@code policygraph.cypher.timeout}. */
	static CypherProblem timeout() {
		return new CypherProblem(CypherProblemType.TIMEOUT, "The query ran longer than the endpoint allows "
				+ "(policygraph.cypher.timeout) and was stopped; narrow it, e.g. with LIMIT or a bounded path length.",
				"timeout");
	}

	/** Neo4j's first line, without the echo of the query, with positions moved back by the prefix we added. */
	static String firstLine(String message, int prefixLength) {
		String line = (message == null) ? "" : message.strip().lines().findFirst().orElse("");
		Matcher position = POSITION.matcher(line);
		if (prefixLength == 0 || !position.find()) {
			return line;
		}
		int lineNumber = Integer.parseInt(position.group(1));
		int column = Integer.parseInt(position.group(2)) - ((lineNumber == 1) ? prefixLength : 0);
		int offset = Math.max(0, Integer.parseInt(position.group(3)) - prefixLength);
		return line.substring(0, position.start()) + "(line %d, column %d (offset: %d))"
			.formatted(lineNumber, Math.max(1, column), offset) + line.substring(position.end());
	}

}

package org.policygraph.cypher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one line per request to the Cypher endpoint to the {@code policygraph.audit} logger: the key's fingerprint
 * (never the key), a SHA-256 prefix of the query (never the query), rows returned, milliseconds and the outcome
 * ({@code ok}, {@code refused:<reason>}, {@code timeout} or {@code error}).
 */
final class CypherAudit {

	static final String LOGGER = "policygraph.audit";

	private static final Logger audit = LoggerFactory.getLogger(LOGGER);

	private static final String PREFIX = CypherAudit.class.getName() + ".";

	static final String STARTED = PREFIX + "started";

	static final String KEY = PREFIX + "key";

	static final String QUERY = PREFIX + "query";

	static final String ROWS = PREFIX + "rows";

	static final String OUTCOME = PREFIX + "outcome";

	private CypherAudit() {
	}

	/** Remembers the query's hash for the audit line; the query text itself is not kept. */
	static void noteQuery(HttpServletRequest request, String query) {
		request.setAttribute(QUERY, hash(query));
	}

	/** Remembers how the request ended; characters outside a safe set are replaced so that one line stays one. */
	static void noteOutcome(HttpServletRequest request, String outcome, int rows) {
		request.setAttribute(OUTCOME, outcome.replaceAll("[^A-Za-z0-9._:\\-]", "_"));
		request.setAttribute(ROWS, rows);
	}

	/** Writes the audit line for a finished request from what was noted on it. */
	static void write(HttpServletRequest request) {
		Object started = request.getAttribute(STARTED);
		long ms = (started instanceof Long nanos) ? (System.nanoTime() - nanos) / 1_000_000 : 0;
		audit.info("cypher key={} query={} rows={} ms={} outcome={}", attribute(request, KEY, "none"),
				attribute(request, QUERY, "-"), attribute(request, ROWS, 0), ms,
				attribute(request, OUTCOME, "error"));
	}

	private static Object attribute(HttpServletRequest request, String name, Object fallback) {
		Object value = request.getAttribute(name);
		return (value != null) ? value : fallback;
	}

	/** The first 16 hex digits of the query's SHA-256: equal queries get equal hashes, the text stays private. */
	static String hash(String query) {
		if (query == null) {
			return "-";
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}

package org.policygraph.cypher;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Decides from an {@code EXPLAIN} summary whether a query may run: only a read-only query whose plan, every operator
 * and child, loads nothing from outside the graph, runs no administration command, opens no inner transactions,
 * stays on its own database and calls no procedure or namespaced function outside a small allow-list.
 */
final class ReadOnlyPlan {

	/** Procedures and namespaced functions a researcher may call; a trailing {@code .*} allows a namespace. */
	static final List<String> ALLOWED_CALLS = List.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
			"db.schema.*", "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships", "date.*",
			"datetime.*", "localdatetime.*", "localtime.*", "time.*", "duration.*", "point.*", "vector.similarity.*");

	/** Schema listings that reveal nothing a researcher may not see; every other SHOW or TERMINATE is refused. */
	private static final Set<String> ALLOWED_COMMANDS = Set.of("ShowIndexes", "ShowConstraints", "ShowProcedures",
			"ShowFunctions");

	private static final String SEGMENT = "(?:`[^`]+`|[\\p{L}_][\\p{L}\\p{N}_]*)";

	/**
	 * A namespaced call in an operator's details, such as {@code db.labels(}, {@code `apoc`.`do`.`it`(} or
	 * {@code `apoc.do.it`(}.
	 */
	private static final Pattern CALL = Pattern.compile("(?<![\\p{L}\\p{N}_.`$])(" + SEGMENT + "(?:\\s*\\.\\s*"
			+ SEGMENT + ")+|`[^`]*\\.[^`]*`)\\s*\\(");

	private ReadOnlyPlan() {
	}

	/** Why the planned query must not run, or empty when it may. */
	static Optional<Refusal> refusal(ResultSummary summary) {
		if (!summary.hasPlan()) {
			return refuse("no-plan", "Neo4j gave no plan to check for this query");
		}
		// the plan first, so that a write procedure is refused by its name rather than by the query type
		return refusal(summary.plan(), summary.database().name()).or(() -> (summary.queryType() != QueryType.READ_ONLY)
				? refuse("not-read-only",
						"only read-only queries may run, but this one is " + describe(summary.queryType()))
				: Optional.empty());
	}

	private static Optional<Refusal> refusal(Plan plan, String database) {
		Optional<Refusal> own = operatorRefusal(plan, database);
		if (own.isPresent()) {
			return own;
		}
		for (Plan child : plan.children()) {
			Optional<Refusal> inChild = refusal(child, database);
			if (inChild.isPresent()) {
				return inChild;
			}
		}
		return Optional.empty();
	}

	private static Optional<Refusal> operatorRefusal(Plan plan, String database) {
		String[] nameAndDatabase = plan.operatorType().split("@", 2);
		String operator = nameAndDatabase[0];
		if (operator.startsWith("AdministrationCommand")) {
			return refuse("administration", "administration commands are not allowed");
		}
		if (nameAndDatabase.length > 1 && !nameAndDatabase[1].equals(database)) {
			return refuse("other-database",
					"it reaches database " + nameAndDatabase[1] + "; only " + database + " may be queried");
		}
		if (operator.startsWith("LoadCSV")) {
			return refuse("load-csv", "LOAD CSV is not allowed: this endpoint reads nothing from outside the graph");
		}
		if (operator.startsWith("Transaction")) {
			return refuse("in-transactions", "CALL { ... } IN TRANSACTIONS is not allowed");
		}
		boolean command = operator.startsWith("Show") || operator.startsWith("Terminate");
		if (command && !ALLOWED_COMMANDS.contains(operator)) {
			return refuse("command", "the command " + operator + " is not allowed; only SHOW INDEXES, "
					+ "SHOW CONSTRAINTS, SHOW PROCEDURES and SHOW FUNCTIONS are");
		}
		return forbiddenCall(plan);
	}

	private static Optional<Refusal> forbiddenCall(Plan plan) {
		Value details = plan.arguments().get("Details");
		if (details == null || details.isNull()) {
			return Optional.empty();
		}
		Matcher matcher = CALL.matcher(details.asString());
		while (matcher.find()) {
			String name = matcher.group(1).replace("`", "").replaceAll("\\s", "");
			if (!isAllowed(name)) {
				return refuse("call:" + name, "the procedure or function " + name
						+ " is not on the allow-list (" + String.join(", ", ALLOWED_CALLS) + ")");
			}
		}
		return Optional.empty();
	}

	private static Optional<Refusal> refuse(String code, String reason) {
		return Optional.of(new Refusal(code, reason));
	}

	/** Whether a procedure or function may be called; Cypher resolves function names ignoring case, so do we. */
	static boolean isAllowed(String name) {
		String lowerCaseName = name.toLowerCase(Locale.ROOT);
		for (String listed : ALLOWED_CALLS) {
			String allowed = listed.toLowerCase(Locale.ROOT);
			boolean match = allowed.endsWith(".*")
					? lowerCaseName.startsWith(allowed.substring(0, allowed.length() - 1))
					: lowerCaseName.equals(allowed);
			if (match) {
				return true;
			}
		}
		return false;
	}

	private static String describe(QueryType type) {
		return switch (type) {
			case READ_WRITE -> "read-write";
			case WRITE_ONLY -> "write-only";
			case SCHEMA_WRITE -> "a schema or administration command";
			default -> String.valueOf(type).toLowerCase(Locale.ROOT);
		};
	}

	/**
	 * Why a query was refused.
	 *
	 * @param code short reason for the audit log, such as {@code load-csv} or {@code call:apoc.load.json}
	 * @param reason the sentence the caller reads
	 */
	record Refusal(String code, String reason) {
	}

}

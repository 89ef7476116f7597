package org.policygraph.graph;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an {@link EmbeddedNeo4jStartException} at start-up as its message and a remedy, without a stack trace. */
class EmbeddedNeo4jFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jStartException cause) {
		return new FailureAnalysis(cause.getMessage(), "Change the setting named above, or set "
				+ "spring.neo4j.uri to use a Neo4j server instead of the embedded engine.", cause);
	}

}

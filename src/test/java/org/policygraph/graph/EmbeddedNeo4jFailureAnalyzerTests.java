package org.policygraph.graph;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/** A start-up failure of the embedded engine is reported as its message and a remedy. */
class EmbeddedNeo4jFailureAnalyzerTests {

	@Test
	void reportsTheMessageOfTheWrappedFailureAndARemedy() {
		EmbeddedNeo4jStartException failure = new EmbeddedNeo4jStartException(
				"Unknown host in policygraph.embedded.bolt-address: nowhere:7687");
		FailureAnalysis analysis = new EmbeddedNeo4jFailureAnalyzer()
			.analyze(new BeanCreationException("embeddedNeo4j", "Failed to instantiate", failure));
		assertThat(analysis.getDescription()).isEqualTo(failure.getMessage());
		assertThat(analysis.getAction()).contains("spring.neo4j.uri");
	}

	@Test
	void leavesOtherFailuresToSpringBoot() {
		assertThat(new EmbeddedNeo4jFailureAnalyzer().analyze(new IllegalStateException("elsewhere"))).isNull();
	}

}

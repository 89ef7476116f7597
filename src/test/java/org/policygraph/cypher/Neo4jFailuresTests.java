package org.policygraph.cypher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Neo4jFailuresTests {

	@Test
	void keepsTheFirstLineAndCountsPositionsInTheCallersText() {
		String message = """
				Invalid input 'RETURN': expected ')' (line 1, column 18 (offset: 17))
				"EXPLAIN MATCH (n RETURN n"
				                  ^""";
		assertThat(Neo4jFailures.firstLine(message, 8))
			.isEqualTo("Invalid input 'RETURN': expected ')' (line 1, column 10 (offset: 9))");
	}

	@Test
	void movesOnlyTheOffsetOnLaterLines() {
		assertThat(Neo4jFailures.firstLine("Bad (line 2, column 3 (offset: 30))", 8))
			.isEqualTo("Bad (line 2, column 3 (offset: 22))");
	}

	@Test
	void leavesMessagesWithoutPositionsAlone() {
		assertThat(Neo4jFailures.firstLine("/ by zero", 8)).isEqualTo("/ by zero");
		assertThat(Neo4jFailures.firstLine(null, 8)).isEmpty();
	}

}

package org.policygraph.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpringArgumentsTests {

	@Test
	void separatesSpringPropertiesFromCommandArguments() {
		SpringArguments arguments = SpringArguments.split("import", "--server.port=8081", "docs",
				"--policygraph.embedded.data-dir=/tmp/x", "--output", "out.jsonl");
		assertThat(arguments.properties()).containsExactly("--server.port=8081", "--policygraph.embedded.data-dir=/tmp/x");
		assertThat(arguments.command()).containsExactly("import", "docs", "--output", "out.jsonl");
	}

	@Test
	void keepsCommandOptionsWithValuesAsCommandArguments() {
		SpringArguments arguments = SpringArguments.split("evaluate", "--gold=gold", "--errors", "out.jsonl");
		assertThat(arguments.properties()).isEmpty();
		assertThat(arguments.command()).containsExactly("evaluate", "--gold=gold", "--errors", "out.jsonl");
	}

}

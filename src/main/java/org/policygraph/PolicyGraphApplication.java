package org.policygraph;

import org.policygraph.cli.PolicyGraphCli;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** PolicyGraph: reads policy documents, extracts a knowledge graph into Neo4j and serves it. */
@SpringBootApplication
public class PolicyGraphApplication {

	public static void main(String[] args) {
		PolicyGraphCli.Run run = PolicyGraphCli.run(args);
		if (!run.serving()) {
			System.exit(run.exitCode());
		}
	}

}

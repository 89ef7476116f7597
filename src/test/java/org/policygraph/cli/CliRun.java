package org.policygraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command-line run with its captured output, for tests. */
record CliRun(int exitCode, String out, String err, PolicyGraphCli.Run run) {

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		PolicyGraphCli.Run run = PolicyGraphCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new CliRun(run.exitCode(), out.toString(), err.toString(), run);
	}

}

package org.policygraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.policygraph.extraction.PolicyExtractor;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code policygraph} command line: {@code extract}, {@code evaluate}, {@code merges}, {@code import} and
 * {@code serve} (the default). Arguments that set Spring properties ({@code --server.port=8081}) are passed to the application.
 */
@Command(name = "policygraph", mixinStandardHelpOptions = true, version = "PolicyGraph 0.1",
		description = "Knowledge graph of Chinese industrial-policy measures. With no command: serve.",
		footer = "%nSpring properties such as --server.port=8081 or --spring.neo4j.uri=neo4j://host:7687 "
				+ "work with every command.")
public final class PolicyGraphCli implements Callable<Integer> {

	private final ServeCommand serve;

	private PolicyGraphCli(ServeCommand serve) {
		this.serve = serve;
	}

	/**
	 * A finished (or, for {@code serve}, started) run.
	 *
	 * @param exitCode the process exit code
	 * @param server the running application of {@code serve}, or {@code null} for the other commands
	 */
	public record Run(int exitCode, ConfigurableApplicationContext server) {

		/** Whether the web server was started and keeps the process alive. */
		public boolean serving() {
			return this.server != null && this.server.isActive();
		}

	}

	/** Parses and runs one command line, writing to standard output and error. */
	public static Run run(String... args) {
		return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	/** Parses and runs one command line, writing to the given streams. */
	public static Run run(PrintWriter out, PrintWriter err, String... args) {
		SpringArguments arguments = SpringArguments.split(args);
		ApplicationContexts contexts = new ApplicationContexts(arguments.properties());
		Extraction extraction = new Extraction(
				() -> new PolicyExtractor(ExtractionProperties.of(arguments.properties()).aliasRules()));
		ServeCommand serve = new ServeCommand(contexts);
		CommandLine commandLine = new CommandLine(new PolicyGraphCli(serve))
			.addSubcommand(new ExtractCommand(extraction))
			.addSubcommand(new EvaluateCommand(extraction))
			.addSubcommand(new MergesCommand(extraction))
			.addSubcommand(new ImportCommand(contexts))
			.addSubcommand(serve)
			.setOut(out)
			.setErr(err)
			.setExecutionExceptionHandler(new OneLineErrors());
		int exitCode = commandLine.execute(arguments.command().toArray(String[]::new));
		out.flush();
		err.flush();
		return new Run(exitCode, serve.server());
	}

	@Override
	public Integer call() {
		return this.serve.call();
	}

}

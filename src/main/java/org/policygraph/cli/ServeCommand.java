package org.policygraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.policygraph.document.DocumentReadException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code serve}: imports the configured import directory, then serves the API until the process is stopped. */
@Command(name = "serve", description = "Import policygraph.import-dir (default: import) and serve the API.")
final class ServeCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	private final ApplicationContexts contexts;

	private ConfigurableApplicationContext context;

	ServeCommand(ApplicationContexts contexts) {
		this.contexts = contexts;
	}

	@Override
	public Integer call() {
		this.context = this.contexts.start(WebApplicationType.SERVLET);
		ImportProperties properties = this.context.getBean(ImportProperties.class);
		PrintWriter out = this.spec.commandLine().getOut();
		try {
			ImportSummary summary = this.context.getBean(CorpusImporter.class)
				.importAll(List.of(properties.importDir()), out, this.spec.commandLine().getErr());
			out.println(summary.describe());
		}
		catch (DocumentReadException ex) {
			// A missing import directory must not take down a server whose graph may already hold documents.
			this.spec.commandLine().getErr().println("error: " + ex.getMessage() + "; serving the graph as it is");
		}
		out.flush();
		return ExitCodes.OK;
	}

	/** The running application once {@link #call()} has started it, else {@code null}. */
	ConfigurableApplicationContext server() {
		return this.context;
	}

}

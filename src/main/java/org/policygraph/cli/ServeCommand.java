package org.policygraph.cli;

import java.util.List;
import java.util.concurrent.Callable;

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
		ImportSummary summary = this.context.getBean(CorpusImporter.class)
			.importAll(List.of(properties.importDir()), this.spec.commandLine().getOut(),
					this.spec.commandLine().getErr());
		this.spec.commandLine().getOut().println(summary.describe());
		this.spec.commandLine().getOut().flush();
		return ExitCodes.OK;
	}

	/** The running application once {@link #call()} has started it, else {@code null}. */
	ConfigurableApplicationContext server() {
		return this.context;
	}

}

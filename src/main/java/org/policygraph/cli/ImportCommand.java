package org.policygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code import}: loads documents into the configured Neo4j, with a progress line per document and a summary. */
@Command(name = "import", description = "Load documents into Neo4j (embedded by default, or spring.neo4j.uri).")
final class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Document files or directories.")
	private List<Path> paths;

	private final ApplicationContexts contexts;

	ImportCommand(ApplicationContexts contexts) {
		this.contexts = contexts;
	}

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = this.contexts.start(WebApplicationType.NONE)) {
			ImportSummary summary = context.getBean(CorpusImporter.class)
				.importAll(this.paths, this.spec.commandLine().getOut(), this.spec.commandLine().getErr());
			this.spec.commandLine().getOut().println(summary.describe());
			return (summary.errors() > 0) ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
		}
	}

}

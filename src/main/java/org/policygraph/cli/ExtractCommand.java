package org.policygraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.policygraph.extraction.jsonl.GoldJsonLines;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract}: writes what the extractor finds as JSON Lines in the gold schema; starts no database or server. */
@Command(name = "extract", description = "Extract entities, relations, measures and metadata as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Document files or directories.")
	private List<Path> paths;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE",
			description = "Where to write the JSON Lines (default: standard output).")
	private Path output;

	private final Extraction extraction;

	ExtractCommand(Extraction extraction) {
		this.extraction = extraction;
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter err = this.spec.commandLine().getErr();
		if (this.output == null) {
			return write(this.spec.commandLine().getOut(), err);
		}
		try (Writer out = Files.newBufferedWriter(this.output, StandardCharsets.UTF_8)) {
			return write(out, err);
		}
	}

	private int write(Writer out, PrintWriter err) throws IOException {
		Extraction.Batch batch = this.extraction.extractAll(this.paths, err);
		for (var document : batch.documents()) {
			GoldJsonLines.write(document, out);
		}
		out.flush();
		return (batch.errors() > 0) ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
	}

}

package org.policygraph.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.policygraph.extraction.evaluation.EvaluationReport;
import org.policygraph.extraction.evaluation.Evaluator;
import org.policygraph.extraction.jsonl.Annotations;
import org.policygraph.extraction.jsonl.GoldJsonLines;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evaluate}: scores extraction output (a JSON Lines file, or documents extracted now) against gold files. */
@Command(name = "evaluate", description = "Score extraction against gold annotations (precision, recall, F1).")
final class EvaluateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold *.jsonl files.")
	private Path gold;

	@Option(names = "--errors", description = "Also list false positives and misses per type and document.")
	private boolean errors;

	@Parameters(arity = "1..*", paramLabel = "PATH",
			description = "Extraction output (*.jsonl) or document files and directories to extract now.")
	private List<Path> paths;

	private final Extraction extraction;

	EvaluateCommand(Extraction extraction) {
		this.extraction = extraction;
	}

	@Override
	public Integer call() {
		Map<String, Annotations> predicted = new HashMap<>();
		List<Path> documents = this.paths.stream().filter((path) -> !isJsonLines(path)).toList();
		this.paths.stream().filter(EvaluateCommand::isJsonLines).forEach((path) -> predicted.putAll(GoldJsonLines.read(path)));
		if (!documents.isEmpty()) {
			this.extraction.extractAll(documents, this.spec.commandLine().getErr())
				.documents()
				.forEach((document) -> predicted.put(document.documentId(), Annotations.of(document)));
		}
		EvaluationReport report = new Evaluator().evaluate(GoldJsonLines.readDirectory(this.gold), predicted);
		this.spec.commandLine().getOut().print(report.table());
		if (this.errors) {
			this.spec.commandLine().getOut().print(report.errors());
		}
		return ExitCodes.OK;
	}

	private static boolean isJsonLines(Path path) {
		return path.getFileName().toString().endsWith(".jsonl");
	}

}

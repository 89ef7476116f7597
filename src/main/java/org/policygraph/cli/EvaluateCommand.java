package org.policygraph.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.policygraph.document.DocumentReader;
import org.policygraph.extraction.evaluation.EvaluationReport;
import org.policygraph.extraction.evaluation.Evaluator;
import org.policygraph.extraction.jsonl.Annotations;
import org.policygraph.extraction.jsonl.GoldJsonLines;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code evaluate}: scores extraction output (a JSON Lines file, or documents extracted now) against gold files.
 * Only the gold documents among the inputs are scored, so one document can be checked on its own; an input document
 * that fails to extract is scored as if nothing had been found in it.
 */
@Command(name = "evaluate", description = "Score extraction against gold annotations (precision, recall, F1).")
final class EvaluateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of gold *.jsonl files.")
	private Path gold;

	@Option(names = "--errors", description = "Also list false positives and misses per type and document.")
	private boolean errors;

	@Option(names = "--by-document", description = "Also print the F1 figures of each document, to check that a "
			+ "change helps the documents it touches and hurts none.")
	private boolean byDocument;

	@Parameters(arity = "1..*", paramLabel = "PATH",
			description = "Extraction output (*.jsonl) or document files and directories to extract now.")
	private List<Path> paths;

	private final Extraction extraction;

	EvaluateCommand(Extraction extraction) {
		this.extraction = extraction;
	}

	@Override
	public Integer call() {
		Map<String, Annotations> gold = new HashMap<>(GoldJsonLines.readDirectory(this.gold));
		Map<String, Annotations> predicted = new HashMap<>();
		Set<String> inputs = new HashSet<>();
		this.paths.stream().filter(EvaluateCommand::isJsonLines).forEach((path) -> predicted.putAll(GoldJsonLines.read(path)));
		List<Path> documents = this.paths.stream().filter((path) -> !isJsonLines(path)).toList();
		if (!documents.isEmpty()) {
			DocumentReader.collect(documents).forEach((file) -> inputs.add(DocumentReader.idOf(file)));
			this.extraction.extractAll(documents, this.spec.commandLine().getErr())
				.documents()
				.forEach((document) -> predicted.put(document.documentId(), Annotations.of(document)));
		}
		inputs.addAll(predicted.keySet());
		gold.keySet().retainAll(inputs);
		if (gold.isEmpty()) {
			throw new IllegalArgumentException("none of the inputs has gold annotations in " + this.gold);
		}
		EvaluationReport report = new Evaluator().evaluate(gold, predicted);
		this.spec.commandLine().getOut().print(report.table());
		if (this.byDocument) {
			this.spec.commandLine().getOut().print(report.documentTable());
		}
		if (this.errors) {
			this.spec.commandLine().getOut().print(report.errors());
		}
		return ExitCodes.OK;
	}

	private static boolean isJsonLines(Path path) {
		return path.getFileName().toString().endsWith(".jsonl");
	}

}

package org.policygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.policygraph.extraction.AliasMerge;
import org.policygraph.extraction.ExtractedDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code merges}: lists the names the extractor merged into one entity, with each rule's reason, one tab-separated
 * line per merge (document, type, name merged, entity, reason); the settings under {@code policygraph.extraction}
 * undo them.
 */
@Command(name = "merges", description = "List the names merged into one entity and why. Undo one with "
		+ "--policygraph.extraction.keep-apart=NAME, or every agency short form with "
		+ "--policygraph.extraction.agency-short-forms=false.")
final class MergesCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Document files or directories.")
	private List<Path> paths;

	private final Extraction extraction;

	MergesCommand(Extraction extraction) {
		this.extraction = extraction;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		Extraction.Batch batch = this.extraction.extractAll(this.paths, this.spec.commandLine().getErr());
		for (ExtractedDocument document : batch.documents()) {
			for (AliasMerge merge : document.merges()) {
				out.println(String.join("\t", document.documentId(), merge.type().label(), merge.alias(), merge.name(),
						merge.reason()));
			}
		}
		out.flush();
		return (batch.errors() > 0) ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
	}

}

package org.policygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.policygraph.document.DocumentReadException;

/** Runs a step per document file; a failing document is reported on one line and the batch goes on. */
final class DocumentBatch {

	private final PrintWriter err;

	private int errors;

	DocumentBatch(PrintWriter err) {
		this.err = err;
	}

	void run(Path file, Consumer<Path> step) {
		try {
			step.accept(file);
		}
		catch (DocumentReadException ex) {
			// Its message already names the file.
			report(ex.getMessage());
		}
		catch (RuntimeException ex) {
			// One document's failure (a rejected load, say) must not stop the batch.
			report(file + ": " + ex.getMessage());
		}
	}

	int errors() {
		return this.errors;
	}

	private void report(String message) {
		this.err.println("error: " + message);
		this.err.flush();
		this.errors++;
	}

}

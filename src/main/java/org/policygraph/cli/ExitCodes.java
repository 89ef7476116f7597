package org.policygraph.cli;

/** Exit codes shared by the commands. */
final class ExitCodes {

	static final int OK = 0;

	/** Some documents could not be read, extracted or loaded; the others were processed. */
	static final int DOCUMENT_ERRORS = 1;

	/** Wrong arguments or options (picocli's own code for usage errors). */
	static final int USAGE = 2;

	/** The command could not run at all, such as an unreadable gold directory. */
	static final int FAILURE = 3;

	private ExitCodes() {
	}

}

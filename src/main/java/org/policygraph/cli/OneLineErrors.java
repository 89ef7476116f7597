package org.policygraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import org.springframework.beans.BeansException;

/** Reports a command that failed as one plain line on standard error, never a stack trace. */
final class OneLineErrors implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		commandLine.getErr().println("error: " + describe(ex));
		commandLine.getErr().flush();
		return ExitCodes.FAILURE;
	}

	// Spring's bean-creation wrappers repeat the chain of beans; the exception they wrap says what went wrong
	private static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof BeansException)) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return (message != null) ? message : cause.getClass().getSimpleName();
	}

}

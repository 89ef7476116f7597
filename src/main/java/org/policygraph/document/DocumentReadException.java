package org.policygraph.document;

import java.nio.file.Path;

/** Thrown when a file cannot be read as a policy document; its message is one line naming the file and the reason. */
public class DocumentReadException extends RuntimeException {

	public DocumentReadException(Path path, String reason) {
		super(path + ": " + reason);
	}

	public DocumentReadException(Path path, String reason, Throwable cause) {
		super(path + ": " + reason, cause);
	}

}

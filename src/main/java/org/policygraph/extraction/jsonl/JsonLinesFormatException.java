package org.policygraph.extraction.jsonl;

/** Thrown when a JSON Lines annotation file cannot be read; the message names the file and line. */
public class JsonLinesFormatException extends RuntimeException {

	JsonLinesFormatException(String source, int line, String problem) {
		super(source + ", line " + line + ": " + problem);
	}

	JsonLinesFormatException(String source, String problem, Throwable cause) {
		super(source + ": " + problem, cause);
	}

}

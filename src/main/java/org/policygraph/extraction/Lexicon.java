package org.policygraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a lexicon resource under {@code lexicon/}: one entry a line, blank lines and {@code #} comments skipped. */
final class Lexicon {

	private Lexicon() {
	}

	static List<String> lines(String name) {
		String resource = "lexicon/" + name;
		InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Lexicon resource " + resource + " is missing from the classpath");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter((line) -> !line.isEmpty() && !line.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read lexicon resource " + resource, ex);
		}
	}

}

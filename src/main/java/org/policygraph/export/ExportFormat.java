package org.policygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.policygraph.query.InvalidParameterException;

import org.springframework.http.MediaType;

/** The formats of an export, each with its file extension, media type and writer. */
enum ExportFormat {

	/** {@code nodes.csv} and {@code relationships.csv} in a zip. */
	CSV("zip", MediaType.parseMediaType("application/zip")),
	/** One JSON document with a nodes and a relationships array. */
	JSON("json", MediaType.APPLICATION_JSON),
	/** GraphML for Gephi, yEd and other graph tools. */
	GRAPHML("graphml", MediaType.parseMediaType("application/graphml+xml"));

	static final String NAMES = Arrays.stream(values())
		.map((format) -> format.name().toLowerCase(Locale.ROOT))
		.collect(Collectors.joining(", "));

	private final String extension;

	private final MediaType mediaType;

	ExportFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	String extension() {
		return this.extension;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	ExportWriter writer(OutputStream out) throws IOException {
		return switch (this) {
			case CSV -> new CsvZipWriter(out);
			case JSON -> new JsonExportWriter(out);
			case GRAPHML -> new GraphMlWriter(out);
		};
	}

	/** Reads the {@code format} parameter, ignoring case, rejecting an unknown format as an invalid parameter. */
	static ExportFormat of(String format) {
		return Arrays.stream(values())
			.filter((candidate) -> candidate.name().equalsIgnoreCase(format.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException(
					"Unknown export format '%s'; expected one of %s.".formatted(format, NAMES)));
	}

}

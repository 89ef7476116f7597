package org.policygraph.extraction.jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.policygraph.extraction.ExtractedDocument;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes extraction results as JSON Lines in the gold schema (see the annotation guideline) and reads gold or
 * predicted files back into {@link Annotations} per document.
 */
public final class GoldJsonLines {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private static final ObjectWriter lineWriter = mapper.writer().with(new SpacedSeparators());

	private GoldJsonLines() {
	}

	/** Writes the document record, then entity, relation and measure records, one per line. */
	public static void write(ExtractedDocument document, Writer out) {
		write(Annotations.of(document), out);
	}

	public static void write(Annotations annotations, Writer out) {
		try {
			for (JsonNode record : RecordWriter.records(annotations)) {
				out.write(lineWriter.writeValueAsString(record));
				out.write('\n');
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write annotations of " + annotations.doc(), ex);
		}
	}

	/**
	 * Reads a {@code .jsonl} file, or every {@code *.jsonl} file of a directory, into annotations by doc id.
	 * @throws JsonLinesFormatException naming file and line when a record is malformed
	 * @throws UncheckedIOException when a file cannot be read
	 */
	public static Map<String, Annotations> read(Path path) {
		AnnotationsCollector collector = new AnnotationsCollector();
		for (Path file : files(path)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				collect(reader, file.toString(), collector);
			}
			catch (NoSuchFileException ex) {
				throw new UncheckedIOException("Annotation file " + file + " does not exist", ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read " + file + ": " + ex.getMessage(), ex);
			}
		}
		return collector.annotations();
	}

	/**
	 * Reads every {@code *.jsonl} file of a directory, such as the gold set, into annotations by doc id.
	 * @throws UncheckedIOException when the directory does not exist or cannot be read
	 */
	public static Map<String, Annotations> readDirectory(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new UncheckedIOException("Annotation directory " + directory + " does not exist or is not a directory",
					new NoSuchFileException(directory.toString()));
		}
		return read(directory);
	}

	/** Reads JSON Lines from a reader; {@code source} names it in error messages. */
	public static Map<String, Annotations> read(Reader reader, String source) {
		AnnotationsCollector collector = new AnnotationsCollector();
		try {
			collect(reader, source, collector);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + source + ": " + ex.getMessage(), ex);
		}
		return collector.annotations();
	}

	private static void collect(Reader reader, String source, AnnotationsCollector collector) throws IOException {
		BufferedReader lines = new BufferedReader(reader);
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			if (!line.isBlank()) {
				collectLine(line, source, number, collector);
			}
		}
	}

	private static void collectLine(String line, String source, int number, AnnotationsCollector collector) {
		try {
			collector.add(mapper.readTree(line));
		}
		catch (RecordProblem ex) {
			throw new JsonLinesFormatException(source, number, ex.getMessage());
		}
		catch (JacksonException ex) {
			throw new JsonLinesFormatException(source, number, "not valid JSON (" + ex.getOriginalMessage() + ")");
		}
	}

	private static List<Path> files(Path path) {
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		try (Stream<Path> children = Files.list(path)) {
			return children.filter((child) -> child.getFileName().toString().endsWith(".jsonl")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + path + ": " + ex.getMessage(), ex);
		}
	}

}

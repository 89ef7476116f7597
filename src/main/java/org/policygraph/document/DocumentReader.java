package org.policygraph.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Reads policy documents from disk into {@link SourceDocument} records, whatever their Chinese encoding. */
public class DocumentReader {

	private final TextDecoder decoder = new TextDecoder();

	/**
	 * Reads one document.
	 * @param path a text file in UTF-8 or GBK/GB18030
	 * @return the document, its id being the file name without extension
	 * @throws DocumentReadException when the file is missing, empty, binary or not decodable
	 */
	public SourceDocument read(Path path) {
		byte[] bytes = readBytes(path);
		String text = this.decoder.decode(path, bytes);
		return new SourceDocument(idOf(path), path, text, sha256(bytes));
	}

	/**
	 * Lists the files to read: regular files in the given order, directories expanded recursively in name order,
	 * hidden files and directories skipped.
	 * @param filesOrDirs files and directories as given by the user
	 * @return the regular files to read
	 * @throws DocumentReadException when a path does not exist or a directory cannot be listed
	 */
	public static List<Path> collect(List<Path> filesOrDirs) {
		List<Path> files = new ArrayList<>();
		for (Path path : filesOrDirs) {
			if (!Files.exists(path)) {
				throw new DocumentReadException(path, "no such file or directory");
			}
			if (Files.isDirectory(path)) {
				files.addAll(filesUnder(path));
			}
			else {
				files.add(path);
			}
		}
		return files;
	}

	private static List<Path> filesUnder(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			return paths.filter(Files::isRegularFile)
				.filter((file) -> !isHidden(dir.relativize(file)))
				.sorted()
				.toList();
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentReadException(dir, "cannot list the directory (" + ex.getMessage() + ")", ex);
		}
	}

	private static boolean isHidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static byte[] readBytes(Path path) {
		if (!Files.isRegularFile(path)) {
			throw new DocumentReadException(path, Files.exists(path) ? "not a regular file" : "no such file");
		}
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new DocumentReadException(path, "cannot read the file (" + ex.getMessage() + ")", ex);
		}
	}

	/** The id a document read from this path has: its file name without extension. */
	public static String idOf(Path path) {
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

}

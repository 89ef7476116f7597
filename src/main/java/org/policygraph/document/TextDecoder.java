package org.policygraph.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a document into text: UTF-8 (with or without byte order mark) or GBK/GB18030, decoded strictly so
 * that a wrong guess fails instead of producing mojibake; rejects empty and binary content.
 */
class TextDecoder {

	private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));

	private static final double MAX_CONTROL_SHARE = 0.1;

	String decode(Path path, byte[] bytes) {
		if (bytes.length == 0) {
			throw new DocumentReadException(path, "the file is empty");
		}
		if (containsNul(bytes)) {
			throw new DocumentReadException(path, "the file is binary, not text");
		}
		String text = CHARSETS.stream()
			.map((charset) -> tryDecode(withoutBom(bytes), charset))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow(() -> new DocumentReadException(path, "the text is neither UTF-8 nor GBK/GB18030"));
		if (text.isBlank()) {
			throw new DocumentReadException(path, "the file contains no text");
		}
		if (controlShare(text) > MAX_CONTROL_SHARE) {
			throw new DocumentReadException(path, "the file is binary, not text");
		}
		return normaliseLineBreaks(text);
	}

	private static boolean containsNul(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	private static byte[] withoutBom(byte[] bytes) {
		boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF;
		return bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
	}

	private static Optional<String> tryDecode(byte[] bytes, Charset charset) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private static double controlShare(String text) {
		long controls = text.chars()
			.filter((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
			.count();
		return (double) controls / text.length();
	}

	private static String normaliseLineBreaks(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

}

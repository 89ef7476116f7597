package org.policygraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys with their roles, kept only as SHA-256 digests; a presented key is compared with every one
 * of them in constant time, so neither the answer's timing nor the log reveals a key.
 */
public final class ApiKeys {

	private static final int MIN_RECOMMENDED_LENGTH = 16;

	private final List<Entry> entries;

	private ApiKeys(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	/**
	 * Parses {@code key:role} pairs separated by commas; the role follows the last colon. Blank input gives no keys.
	 * @throws IllegalArgumentException naming the position (never the key) of a malformed pair
	 */
	public static ApiKeys parse(String spec) {
		List<Entry> entries = new ArrayList<>();
		if (spec == null || spec.isBlank()) {
			return new ApiKeys(entries);
		}
		String[] pairs = spec.split(",");
		for (int i = 0; i < pairs.length; i++) {
			String pair = pairs[i].strip();
			int colon = pair.lastIndexOf(':');
			if (colon <= 0 || colon == pair.length() - 1) {
				throw new IllegalArgumentException("policygraph.security.api-keys: pair " + (i + 1)
						+ " is not of the form key:role (keys and roles must not be empty)");
			}
			String key = pair.substring(0, colon).strip();
			entries.add(new Entry(digest(key), pair.substring(colon + 1).strip(), fingerprint(key),
					key.length() < MIN_RECOMMENDED_LENGTH));
		}
		return new ApiKeys(entries);
	}

	/** Whether any key is configured; without one, endpoints that need a key are off. */
	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	/** Fingerprints of configured keys shorter than 16 characters, which are easy to guess. */
	public List<String> weakKeys() {
		return this.entries.stream().filter(Entry::weak).map(Entry::fingerprint).toList();
	}

	/** The caller holding the presented key, comparing against every configured key without stopping early. */
	public Optional<Caller> find(String presented) {
		if (presented == null || presented.isEmpty()) {
			return Optional.empty();
		}
		byte[] digest = digest(presented);
		Entry match = null;
		for (Entry entry : this.entries) {
			if (MessageDigest.isEqual(entry.digest(), digest) && match == null) {
				match = entry;
			}
		}
		return Optional.ofNullable(match).map((entry) -> new Caller(entry.fingerprint(), entry.role()));
	}

	/** A short, stable name for a key in logs: {@code key:} and the first 8 hex digits of its SHA-256. */
	public static String fingerprint(String key) {
		return "key:" + HexFormat.of().formatHex(digest(key), 0, 4);
	}

	static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private record Entry(byte[] digest, String role, String fingerprint, boolean weak) {
	}

}

package org.policygraph.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Nodes besides entities that a path may pass through, each with the relationship type that reaches them; paths
 * keep to the fact relationships between entities unless these are asked for.
 */
enum Intermediary {

	/** A measure links every target it is {@code FOR}: a programme and the industry it funds, say. */
	MEASURES("FOR"),
	/** A document links everything it {@code MENTIONS}, so it joins entities that merely appear in one text. */
	DOCUMENTS("MENTIONS");

	static final String NAMES = Arrays.stream(values())
		.map(Intermediary::parameterValue)
		.collect(Collectors.joining(", "));

	private final String relationshipType;

	Intermediary(String relationshipType) {
		this.relationshipType = relationshipType;
	}

	String relationshipType() {
		return this.relationshipType;
	}

	String parameterValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads a value of the {@code through} parameter, rejecting an unknown one as an invalid parameter. */
	static Intermediary of(String value) {
		return Arrays.stream(values())
			.filter((intermediary) -> intermediary.parameterValue().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException(
					"Unknown value '%s' of 'through'; expected %s.".formatted(value, NAMES)));
	}

}

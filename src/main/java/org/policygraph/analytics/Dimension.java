package org.policygraph.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.policygraph.query.InvalidParameterException;

/** A facet of a measure along which the coverage matrix counts: its rows or its columns. */
enum Dimension {

	/** Industries the measure reaches, as {@code /api/industries/{name}/measures} defines it (行业). */
	INDUSTRY,

	/** The Chinese noun naming the instrument, such as 奖励 or 补助. */
	INSTRUMENT,

	/** The region of the document that states the measure. */
	REGION,

	/** The year of the document that states the measure. */
	YEAR,

	/** The issuing agency of the document that states the measure. */
	AGENCY;

	/** The key under which a measure with no value on a dimension is counted. */
	static final String NONE = "(none)";

	/** The allowed parameter values, for messages and the API description. */
	static final String ALLOWED = Arrays.stream(values())
		.map(Dimension::parameter)
		.collect(Collectors.joining(", "));

	/** The value of the {@code rows} or {@code cols} parameter that names this dimension. */
	String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The dimension named by a request parameter; a 400 problem naming the allowed values otherwise. */
	static Dimension parse(String parameter, String value) {
		return Arrays.stream(values())
			.filter((dimension) -> dimension.parameter().equals(value.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException(
					"Parameter '%s' must be one of %s, not '%s'.".formatted(parameter, ALLOWED, value)));
	}

}

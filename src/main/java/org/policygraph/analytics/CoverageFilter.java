package org.policygraph.analytics;

import java.util.HashMap;
import java.util.Map;

import org.policygraph.query.InvalidParameterException;

/**
 * Which measures the coverage matrix counts: those stated in documents of one region, one agency, and a span of
 * years (inclusive); a {@code null} bound or value does not filter.
 *
 * @param region the document region, or {@code null}
 * @param agency the document's issuing agency, or {@code null}
 * @param from the first year, or {@code null}
 * @param to the last year, or {@code null}
 * @param unassigned whether measures with no value on the rows or the columns are counted under {@code (none)}
 */
record CoverageFilter(String region, String agency, Integer from, Integer to, boolean unassigned) {

	CoverageFilter {
		region = blankToNull(region);
		agency = blankToNull(agency);
		if (from != null && to != null && from > to) {
			throw new InvalidParameterException(
					"Parameter 'from' (%d) must not be after 'to' (%d).".formatted(from, to));
		}
	}

	/** The Cypher parameters {@code region}, {@code agency}, {@code from} and {@code to}, null when unset. */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("region", this.region);
		parameters.put("agency", this.agency);
		parameters.put("from", this.from);
		parameters.put("to", this.to);
		return parameters;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

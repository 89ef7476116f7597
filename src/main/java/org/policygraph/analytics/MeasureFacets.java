package org.policygraph.analytics;

import java.util.List;

/**
 * One measure as the coverage matrix sees it: its amount and its value on each {@link Dimension}.
 *
 * @param id the measure id, {@code <documentId>#<n>}
 * @param amountYuan the amount or cap in yuan, or {@code null}
 * @param industries the industries it reaches, by name; empty when none
 * @param instrument the instrument noun, or {@code null}
 * @param region the region of its document, or {@code null}
 * @param year the year of its document, or {@code null}
 * @param agency the issuing agency of its document, or {@code null}
 */
record MeasureFacets(String id, Long amountYuan, List<String> industries, String instrument, String region,
		Integer year, String agency) {

	/** The keys the measure counts under on a dimension: {@link Dimension#NONE} alone when it has no value there. */
	List<String> keys(Dimension dimension) {
		List<String> keys = switch (dimension) {
			case INDUSTRY -> this.industries;
			case INSTRUMENT -> present(this.instrument);
			case REGION -> present(this.region);
			case YEAR -> present((this.year != null) ? this.year.toString() : null);
			case AGENCY -> present(this.agency);
		};
		return keys.isEmpty() ? List.of(Dimension.NONE) : keys;
	}

	private static List<String> present(String value) {
		return (value != null) ? List.of(value) : List.of();
	}

}

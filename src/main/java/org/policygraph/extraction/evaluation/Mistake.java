package org.policygraph.extraction.evaluation;

/**
 * One disagreement between prediction and gold, for the error listing.
 *
 * @param doc the document id
 * @param category an entity type label, or {@code relations}, {@code measures} or {@code metadata}
 * @param kind whether something was predicted wrongly, missed, or has a different value
 * @param item what was predicted or missed, in words
 */
public record Mistake(String doc, String category, Kind kind, String item) {

	/** The ways a prediction can disagree with the gold. */
	public enum Kind {

		/** Predicted, but matches nothing in the gold. */
		FALSE_POSITIVE("false positive"),
		/** In the gold, but matched by no prediction. */
		MISS("miss"),
		/** A metadata field whose predicted value differs from the gold value. */
		MISMATCH("mismatch");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}

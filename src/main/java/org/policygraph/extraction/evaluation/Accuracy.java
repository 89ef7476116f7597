package org.policygraph.extraction.evaluation;

/**
 * The share of compared values that are equal, used for document metadata fields.
 *
 * @param equal values equal after normalisation
 * @param compared values compared
 */
public record Accuracy(int equal, int compared) {

	/** Nothing compared. */
	public static final Accuracy NONE = new Accuracy(0, 0);

	public Accuracy plus(Accuracy other) {
		return new Accuracy(this.equal + other.equal, this.compared + other.compared);
	}

	/** Equal over compared; 1 when nothing was compared. */
	public double value() {
		return (this.compared == 0) ? 1 : (double) this.equal / this.compared;
	}

}

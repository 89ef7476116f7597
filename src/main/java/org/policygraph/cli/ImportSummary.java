package org.policygraph.cli;

/**
 * What one import run did.
 *
 * @param documents documents read
 * @param loaded documents new or replaced in the graph
 * @param unchanged documents skipped because their content was already loaded
 * @param errors documents that could not be read, extracted or loaded
 * @param nodes nodes in the graph after the run
 * @param relationships relationships in the graph after the run
 */
record ImportSummary(int documents, int loaded, int unchanged, int errors, long nodes, long relationships) {

	String describe() {
		return "Imported %d documents (%d loaded, %d unchanged, %d errors); graph has %d nodes, %d relationships"
			.formatted(this.documents, this.loaded, this.unchanged, this.errors, this.nodes, this.relationships);
	}

}

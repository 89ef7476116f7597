package org.policygraph.extraction.jsonl;

/** Says what is wrong with one record; the reader adds the file and line. */
class RecordProblem extends RuntimeException {

	RecordProblem(String problem) {
		super(problem);
	}

}

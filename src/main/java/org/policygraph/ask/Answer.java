package org.policygraph.ask;

import java.util.List;
import java.util.Map;

/**
 * The answer to a question: the rows, the Cypher and parameters that produced them, and the evidence of each row;
 * or, for a question no template understands, a message and an example question for each template.
 *
 * @param question the question as asked
 * @param understood whether a template read the question
 * @param template the id of the template that read it, {@code null} when none did
 * @param entities the names recognised in the question and the entities they stand for
 * @param columns the columns of the rows, in order
 * @param rows the answer, one map per row, exactly as the Cypher returns it
 * @param evidence the document and sentence behind each row that has one
 * @param cypher the read-only Cypher that produced the rows
 * @param parameters its parameters
 * @param message a note on the answer in Chinese and English: why there are no rows, or why it was not understood
 * @param examples questions that are understood, one per template (only when this one was not)
 */
record Answer(String question, boolean understood, String template, List<Name> entities, List<String> columns,
		List<Map<String, Object>> rows, List<Evidence> evidence, String cypher, Map<String, Object> parameters,
		Message message, List<Example> examples) {

	/** A recognised name: the slot it filled, the words of the question, the entity they name. */
	record Name(String slot, String text, String id, String type, String name, boolean inGraph) {
	}

	/** The document and sentence that state the facts of row {@code row} (counted from 0). */
	record Evidence(int row, String documentId, String sentence) {
	}

	/** A short message in Chinese and English. */
	record Message(String zh, String en) {
	}

	/** A question a template understands, and what it answers. */
	record Example(String template, String question, String answers) {
	}

}

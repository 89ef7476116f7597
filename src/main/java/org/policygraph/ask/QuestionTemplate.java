package org.policygraph.ask;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One kind of question a planner asks: the written forms it takes (regexes over {@link QuestionText#question}), the
 * slots read from their groups, and the Cypher that answers it with those slots as parameters plus {@code $limit}.
 *
 * @param id stable identifier, shown in answers
 * @param summary what the template answers, in Chinese and English
 * @param example a question it answers, listed when a question is not understood
 * @param patterns the forms of the question, tried in order
 * @param slots what the named groups of the patterns hold
 * @param cypher read-only Cypher over the graph model of {@code src/docs/graph-model.md}
 */
record QuestionTemplate(String id, String summary, String example, List<Pattern> patterns, List<Slot> slots,
		String cypher) {

	QuestionTemplate {
		patterns = List.copyOf(patterns);
		slots = List.copyOf(slots);
	}

}

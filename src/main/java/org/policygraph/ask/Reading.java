package org.policygraph.ask;

import java.util.List;
import java.util.Map;

/**
 * A question read by a template: the names it recognised and the parameters of the template's Cypher.
 *
 * @param template the template whose form the question took
 * @param names the entities the question names, one per entity slot
 * @param parameters the Cypher parameters, {@code $limit} included
 */
record Reading(QuestionTemplate template, List<RecognisedName> names, Map<String, Object> parameters) {

	/**
	 * A name as the question wrote it and the entity it was recognised as.
	 *
	 * @param slot the slot of the template it filled
	 * @param text the words of the question
	 * @param entity the entity they name
	 */
	record RecognisedName(String slot, String text, NamedEntity entity) {
	}

}

package org.policygraph.query;

import java.util.List;

/**
 * A loaded document with the facts extracted from it.
 *
 * @param document its header facts and counts
 * @param entities the entities it mentions
 * @param relations the relationships it states, in the order of the text
 * @param measures the measures it states, in the order of the text
 */
record DocumentDetail(DocumentSummary document, List<MentionedEntity> entities, List<StatedRelation> relations,
		List<MeasureItem> measures) {

	/**
	 * An entity as the document mentions it.
	 *
	 * @param id the API id, {@code <Label>:<name>}
	 * @param type the entity type label
	 * @param name the canonical name
	 * @param aliases the surface forms this document uses
	 * @param mentions how many times this document mentions it
	 */
	record MentionedEntity(String id, String type, String name, List<String> aliases, long mentions) {
	}

	/**
	 * A relationship the document states.
	 *
	 * @param type the relationship type, such as {@code TARGETS}
	 * @param source the entity it starts at
	 * @param target the entity it ends at
	 * @param evidence the sentence that states it
	 */
	record StatedRelation(String type, NodeRef source, NodeRef target, Citation evidence) {
	}

}

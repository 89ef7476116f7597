package org.policygraph.query;

import java.util.List;
import java.util.Map;

/**
 * Everything the graph holds about one entity.
 *
 * @param id the API id, {@code <Label>:<name>}
 * @param type the entity type label
 * @param name the canonical name
 * @param aliases other surface forms, over all documents
 * @param properties the node's other properties
 * @param documents the documents that mention it
 * @param relationships its relationships to other entities, in both directions
 * @param measures the measures that are for it
 */
record EntityDetail(String id, String type, String name, List<String> aliases, Map<String, Object> properties,
		List<DocumentMention> documents, List<Connection> relationships, List<MeasureItem> measures) {

	/**
	 * A document that mentions the entity.
	 *
	 * @param documentId the document id
	 * @param title the document title, or {@code null}
	 * @param count how many times the document mentions the entity
	 * @param aliases the surface forms used in that document
	 */
	record DocumentMention(String documentId, String title, long count, List<String> aliases) {
	}

	/**
	 * A relationship seen from the entity, merged over the documents that state it.
	 *
	 * @param type the relationship type, such as {@code TARGETS}
	 * @param direction {@code OUTGOING} when the entity is the source, {@code INCOMING} when it is the target,
	 * {@code UNDIRECTED} for {@code PARTNERS_WITH}, which the graph stores in an arbitrary direction
	 * @param other the entity at the other end
	 * @param evidence the stating sentences, one per document
	 */
	record Connection(String type, String direction, NodeRef other, List<Citation> evidence) {
	}

}

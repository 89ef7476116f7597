package org.policygraph.export;

import java.util.List;

/**
 * A property exported for every node or every relationship, with the GraphML type of its values; lists are joined
 * into one text where the format has no lists.
 *
 * @param name the property name, as in the graph model
 * @param type the GraphML {@code attr.type}: {@code string}, {@code int}, {@code long} or {@code double}
 */
record Column(String name, String type) {

	/** Node properties, in export order; a node has those of its kind (entity, document, measure), the rest empty. */
	static final List<Column> NODE = List.of(text("aliases"), text("title"), text("agency"), text("docNumber"),
			text("date"), text("suggestionNo"), text("delegate"), text("session"), text("instrument"),
			new Column("amountYuan", "long"), new Column("ratePercent", "double"), text("documentId"), text("sentence"),
			whole("start"), whole("end"));

	/** Relationship properties: the evidence of facts, and the counts and surface forms of {@code MENTIONS}. */
	static final List<Column> RELATIONSHIP = List.of(text("documentId"), text("sentence"), whole("start"),
			whole("end"), whole("count"), text("aliases"), text("merges"));

	private static Column text(String name) {
		return new Column(name, "string");
	}

	private static Column whole(String name) {
		return new Column(name, "int");
	}

}

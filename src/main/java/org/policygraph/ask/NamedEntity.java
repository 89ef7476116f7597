package org.policygraph.ask;

import org.policygraph.extraction.EntityType;

/**
 * An entity a question names: its type and canonical name, and whether the graph holds it or only the extractor's
 * lexicons know the name.
 */
record NamedEntity(EntityType type, String name, boolean inGraph) {

	/** The API id, {@code <Label>:<name>}. */
	String id() {
		return this.type.label() + ":" + this.name;
	}

}

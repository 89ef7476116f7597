package org.policygraph.ask;

import java.util.Set;

import org.policygraph.extraction.EntityType;

/**
 * A part of a question a template reads into a Cypher parameter: the regex group of the same name holds its text.
 */
sealed interface Slot {

	/** The name of the regex group and of the Cypher parameter. */
	String name();

	/** A name of an entity of one of the given types; its parameters are the canonical name and its label. */
	record EntitySlot(String name, Set<EntityType> types) implements Slot {

		/** The Cypher parameter that holds the entity's label. */
		String typeParameter() {
			return this.name + "Type";
		}

	}

	/** A kind of support (补贴, 奖励 …); its parameter is the list of instruments it stands for, empty for any. */
	record InstrumentSlot(String name) implements Slot {

		/** The group name of instrument slots. */
		static final String NAME = "instrument";

	}

	static Slot entity(String name, EntityType... types) {
		return new EntitySlot(name, Set.of(types));
	}

	static Slot instrument() {
		return new InstrumentSlot(InstrumentSlot.NAME);
	}

}

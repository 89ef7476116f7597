package org.policygraph.query;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.policygraph.extraction.EntityType;

/**
 * The API id of an entity, {@code <Label>:<name>} such as {@code Industry:智能家电}; its type doubles as the whitelist
 * of labels that may appear in Cypher text.
 *
 * @param type the entity type, whose label is the node label
 * @param name the canonical name, the node's key within its label
 */
record EntityId(EntityType type, String name) {

	static final String LABELS = Arrays.stream(EntityType.values())
		.map(EntityType::label)
		.collect(Collectors.joining(", "));

	/** Reads an id, or answers empty when it does not start with one of the eight labels and a colon. */
	static Optional<EntityId> tryParse(String id) {
		int colon = id.indexOf(':');
		if (colon < 0 || id.substring(colon + 1).isBlank()) {
			return Optional.empty();
		}
		return EntityType.fromLabel(id.substring(0, colon))
			.map((type) -> new EntityId(type, id.substring(colon + 1)));
	}

	/** Reads an id, rejecting a malformed one as an invalid parameter. */
	static EntityId parse(String id) {
		return tryParse(id).orElseThrow(() -> new InvalidParameterException(
				"'%s' is not an entity id; expected <Label>:<name> with a label among %s.".formatted(id, LABELS)));
	}

	/** Reads an entity type from its label, rejecting an unknown one as an invalid parameter. */
	static EntityType typeOf(String label) {
		return EntityType.fromLabel(label)
			.orElseThrow(() -> new InvalidParameterException(
					"Unknown entity type '%s'; expected one of %s.".formatted(label, LABELS)));
	}

	String label() {
		return this.type.label();
	}

	@Override
	public String toString() {
		return this.type.label() + ":" + this.name;
	}

}

package org.policygraph.extraction.jsonl;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.extraction.Entity;
import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.EntityType;

/**
 * An entity record of the gold schema: one distinct entity of a document with its canonical name and aliases.
 *
 * @param type its guideline type
 * @param name canonical name
 * @param aliases other surface forms used in the same document
 */
public record AnnotatedEntity(EntityType type, String name, List<String> aliases) {

	public AnnotatedEntity {
		aliases = List.copyOf(aliases);
	}

	static AnnotatedEntity of(Entity entity) {
		return new AnnotatedEntity(entity.type(), entity.name(), entity.aliases());
	}

	public EntityRef ref() {
		return new EntityRef(this.type, this.name);
	}

	/** The canonical name followed by the aliases. */
	public List<String> names() {
		List<String> names = new ArrayList<>(this.aliases.size() + 1);
		names.add(this.name);
		names.addAll(this.aliases);
		return names;
	}

}

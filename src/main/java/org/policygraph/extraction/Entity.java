package org.policygraph.extraction;

import java.util.List;

/**
 * One distinct entity of a document (not one mention).
 *
 * @param type its guideline type
 * @param name canonical name: the fullest form in the text, quotes and brackets stripped
 * @param aliases other surface forms used in the same document
 * @param mentions how many times the document mentions it under any of its names
 */
public record Entity(EntityType type, String name, List<String> aliases, int mentions) {

	public Entity {
		aliases = List.copyOf(aliases);
	}

	public EntityRef ref() {
		return new EntityRef(this.type, this.name);
	}

}

package org.policygraph.extraction;

import java.util.List;

/**
 * The agency that writes a document (its metadata's agency, as an entity of the document): what 我局 and 我们 of a
 * reply refer to (我们联合阿里云、中国电信温岭分公司…).
 */
final class DocumentAuthor {

	private DocumentAuthor() {
	}

	/** The entity of the document's agency, or {@code null} when the metadata names none or no entity matches it. */
	static EntityRef of(DocumentMetadata metadata, List<Entity> entities) {
		if (metadata.agency() == null) {
			return null;
		}
		return entities.stream()
			.filter((entity) -> entity.type() == EntityType.AGENCY)
			.filter((entity) -> entity.name().equals(metadata.agency()) || entity.aliases().contains(metadata.agency()))
			.map(Entity::ref)
			.findFirst()
			.orElse(null);
	}

}

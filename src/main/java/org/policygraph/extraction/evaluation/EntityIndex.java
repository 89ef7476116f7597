package org.policygraph.extraction.evaluation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.jsonl.AnnotatedEntity;

/**
 * The entities of one document by type, records with the same type and normalised name merged into one (so that
 * duplicate predictions count once), each with all its normalised names.
 */
final class EntityIndex {

	private final Map<EntityType, Map<String, EntityNames>> entities = new EnumMap<>(EntityType.class);

	EntityIndex(List<AnnotatedEntity> records) {
		for (AnnotatedEntity record : records) {
			Map<String, EntityNames> ofType = this.entities.computeIfAbsent(record.type(),
					(type) -> new LinkedHashMap<>());
			ofType.merge(NameNormaliser.normalise(record.name()), names(record.name(), record.names()),
					(first, second) -> names(first.name(), union(first.forms(), second.forms())));
		}
	}

	Collection<EntityNames> ofType(EntityType type) {
		return this.entities.getOrDefault(type, Map.of()).values();
	}

	/** The entity a relation or measure points at; a reference to no entity record stands for its own name. */
	EntityNames resolve(EntityRef ref) {
		EntityNames found = this.entities.getOrDefault(ref.type(), Map.of()).get(NameNormaliser.normalise(ref.name()));
		return (found != null) ? found : names(ref.name(), List.of(ref.name()));
	}

	private static EntityNames names(String name, Collection<String> surfaces) {
		Set<String> forms = new LinkedHashSet<>();
		surfaces.stream().map(NameNormaliser::normalise).filter((form) -> !form.isEmpty()).forEach(forms::add);
		return new EntityNames(name, forms);
	}

	private static Set<String> union(Set<String> first, Set<String> second) {
		Set<String> union = new LinkedHashSet<>(first);
		union.addAll(second);
		return union;
	}

}

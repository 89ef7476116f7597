package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes every relation point at an entity of the document (needs entities and relations, adds the entities only a
 * relation names): a table cell read as a name (an industry column's 汽摩配) refers to the entity that has that name or
 * alias, or else becomes an entity of its own.
 *
 * @param entities the document's entities, those named only by relations last
 * @param relations the relations, each endpoint an entity's canonical reference
 */
record RelationEndpoints(List<Entity> entities, List<Relation> relations) {

	RelationEndpoints {
		entities = List.copyOf(entities);
		relations = List.copyOf(relations);
	}

	static RelationEndpoints settle(List<Entity> entities, List<Relation> relations) {
		Map<EntityRef, EntityRef> known = new LinkedHashMap<>();
		for (Entity entity : entities) {
			known.putIfAbsent(entity.ref(), entity.ref());
			entity.aliases().forEach((alias) -> known.putIfAbsent(new EntityRef(entity.type(), alias), entity.ref()));
		}
		List<Entity> all = new ArrayList<>(entities);
		List<Relation> settled = new ArrayList<>();
		for (Relation relation : relations) {
			EntityRef source = endpoint(relation.source(), known, all);
			EntityRef target = endpoint(relation.target(), known, all);
			if (!source.equals(target)) {
				settled.add(new Relation(relation.type(), source, target, relation.evidence()));
			}
		}
		return new RelationEndpoints(all, settled);
	}

	private static EntityRef endpoint(EntityRef ref, Map<EntityRef, EntityRef> known, List<Entity> all) {
		EntityRef found = known.get(ref);
		if (found == null) {
			all.add(new Entity(ref.type(), ref.name(), List.of(), 1));
			known.put(ref, ref);
			found = ref;
		}
		return found;
	}

}

package org.policygraph.extraction;

/**
 * A merge of a second name into an entity, made by a rule beyond an identical name, and the rule's reason.
 *
 * @param type the entity type
 * @param name the entity's canonical name
 * @param alias the name merged into it
 * @param reason why the two names are one entity
 */
public record AliasMerge(EntityType type, String name, String alias, String reason) {
}

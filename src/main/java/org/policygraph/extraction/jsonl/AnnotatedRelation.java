package org.policygraph.extraction.jsonl;

import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.Relation;
import org.policygraph.extraction.RelationType;

/**
 * A relation record of the gold schema.
 *
 * @param type the relation type
 * @param source the source entity by type and canonical name
 * @param target the target entity by type and canonical name
 * @param evidence the sentence that states the relation
 */
public record AnnotatedRelation(RelationType type, EntityRef source, EntityRef target, String evidence) {

	static AnnotatedRelation of(Relation relation) {
		return new AnnotatedRelation(relation.type(), relation.source(), relation.target(),
				(relation.evidence() != null) ? relation.evidence().sentence() : null);
	}

}

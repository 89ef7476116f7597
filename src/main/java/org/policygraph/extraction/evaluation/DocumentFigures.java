package org.policygraph.extraction.evaluation;

import java.util.Map;

import org.policygraph.extraction.EntityType;

/**
 * The headline scores of one document, for checking that a rule helps every document it touches.
 *
 * @param doc the document id
 * @param core micro score over the five core entity types
 * @param all micro score over all eight entity types
 * @param relations relation score
 * @param measures measure score
 * @param metadata metadata field accuracy
 */
public record DocumentFigures(String doc, Score core, Score all, Score relations, Score measures, Accuracy metadata) {

	static DocumentFigures of(String doc, DocumentScore score) {
		Map<EntityType, Score> entities = score.entities();
		return new DocumentFigures(doc, Score.micro(entities, EntityType::isCore), Score.micro(entities, (type) -> true),
				Score.sum(score.relations()), score.measures(), score.metadata());
	}

}

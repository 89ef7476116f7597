package org.policygraph.extraction;

import java.util.List;

/**
 * Everything extracted from one document: the single truth that the JSON Lines output, the graph loader and the
 * evaluation all read.
 *
 * @param documentId id of the source document
 * @param contentHash hash of the source bytes, so that unchanged documents are not loaded twice
 * @param metadata header facts
 * @param entities distinct entities, aliases merged
 * @param relations relations, each with its evidence
 * @param measures quantified measures, each with its evidence
 * @param merges the names merged into an entity by a rule, each with its reason
 */
public record ExtractedDocument(String documentId, String contentHash, DocumentMetadata metadata,
		List<Entity> entities, List<Relation> relations, List<Measure> measures, List<AliasMerge> merges) {

	public ExtractedDocument {
		entities = List.copyOf(entities);
		relations = List.copyOf(relations);
		measures = List.copyOf(measures);
		merges = List.copyOf(merges);
	}

}

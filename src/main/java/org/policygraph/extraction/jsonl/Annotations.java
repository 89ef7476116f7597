package org.policygraph.extraction.jsonl;

import java.util.List;

import org.policygraph.extraction.DocumentMetadata;
import org.policygraph.extraction.ExtractedDocument;

/**
 * Everything a JSON Lines file (gold or predicted) states about one document, in the terms of the gold schema.
 *
 * @param doc the document id
 * @param metadata the document record's fields, or {@code null} when the file has no document record for it
 * @param entities entity records
 * @param relations relation records
 * @param measures measure records
 */
public record Annotations(String doc, DocumentMetadata metadata, List<AnnotatedEntity> entities,
		List<AnnotatedRelation> relations, List<AnnotatedMeasure> measures) {

	public Annotations {
		entities = List.copyOf(entities);
		relations = List.copyOf(relations);
		measures = List.copyOf(measures);
	}

	/** The annotations an extraction result amounts to, exactly what {@link GoldJsonLines#write} writes for it. */
	public static Annotations of(ExtractedDocument document) {
		return new Annotations(document.documentId(), document.metadata(),
				document.entities().stream().map(AnnotatedEntity::of).toList(),
				document.relations().stream().map(AnnotatedRelation::of).toList(),
				document.measures().stream().map(AnnotatedMeasure::of).toList());
	}

}

package org.policygraph.extraction.jsonl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.extraction.DocumentMetadata;

import tools.jackson.databind.JsonNode;

/** Gathers records, in whatever order and from however many files they come, into {@link Annotations} per doc. */
final class AnnotationsCollector {

	private final Map<String, Builder> documents = new LinkedHashMap<>();

	void add(JsonNode record) {
		if (!record.isObject()) {
			throw new RecordProblem("a record must be a JSON object");
		}
		String kind = FieldReader.requiredText(record, "kind");
		Builder builder = this.documents.computeIfAbsent(FieldReader.requiredText(record, "doc"), Builder::new);
		switch (kind) {
			case "document" -> builder.metadata(RecordParser.metadata(record));
			case "entity" -> builder.entities.add(RecordParser.entity(record));
			case "relation" -> builder.relations.add(RecordParser.relation(record));
			case "measure" -> builder.measures.add(RecordParser.measure(record));
			default -> throw new RecordProblem(
					"unknown kind \"" + kind + "\" (expected document, entity, relation or measure)");
		}
	}

	Map<String, Annotations> annotations() {
		Map<String, Annotations> annotations = new LinkedHashMap<>();
		this.documents.forEach((doc, builder) -> annotations.put(doc, builder.build()));
		return annotations;
	}

	private static final class Builder {

		private final String doc;

		private DocumentMetadata metadata;

		private final List<AnnotatedEntity> entities = new ArrayList<>();

		private final List<AnnotatedRelation> relations = new ArrayList<>();

		private final List<AnnotatedMeasure> measures = new ArrayList<>();

		Builder(String doc) {
			this.doc = doc;
		}

		void metadata(DocumentMetadata metadata) {
			if (this.metadata != null) {
				throw new RecordProblem("a second document record for doc \"" + this.doc + "\"");
			}
			this.metadata = metadata;
		}

		Annotations build() {
			return new Annotations(this.doc, this.metadata, this.entities, this.relations, this.measures);
		}

	}

}

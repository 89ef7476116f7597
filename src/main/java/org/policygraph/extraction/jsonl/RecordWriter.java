package org.policygraph.extraction.jsonl;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.extraction.DocumentMetadata;
import org.policygraph.extraction.EntityRef;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns annotations into JSON objects with the gold schema's field names in the gold files' order. */
final class RecordWriter {

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private RecordWriter() {
	}

	/** The records of one document: its document record, then entities, relations and measures. */
	static List<ObjectNode> records(Annotations annotations) {
		List<ObjectNode> records = new ArrayList<>();
		String doc = annotations.doc();
		records.add(document(doc, annotations.metadata()));
		annotations.entities().forEach((entity) -> records.add(entity(doc, entity)));
		annotations.relations().forEach((relation) -> records.add(relation(doc, relation)));
		annotations.measures().forEach((measure) -> records.add(measure(doc, measure)));
		return records;
	}

	static ObjectNode document(String doc, DocumentMetadata metadata) {
		DocumentMetadata fields = (metadata != null) ? metadata
				: new DocumentMetadata(null, null, null, null, null, null, null);
		ObjectNode record = start("document", doc);
		record.put("title", fields.title());
		record.put("agency", fields.agency());
		record.put("doc_number", fields.docNumber());
		record.put("date", (fields.date() != null) ? fields.date().toString() : null);
		record.put("suggestion_no", fields.suggestionNo());
		record.put("delegate", fields.delegate());
		record.put("session", fields.session());
		return record;
	}

	static ObjectNode entity(String doc, AnnotatedEntity entity) {
		ObjectNode record = start("entity", doc);
		record.put("type", entity.type().label());
		record.put("name", entity.name());
		ArrayNode aliases = record.putArray("aliases");
		entity.aliases().forEach(aliases::add);
		return record;
	}

	static ObjectNode relation(String doc, AnnotatedRelation relation) {
		ObjectNode record = start("relation", doc);
		record.put("type", relation.type().name());
		record.set("source", ref(relation.source()));
		record.set("target", ref(relation.target()));
		record.put("evidence", relation.evidence());
		return record;
	}

	static ObjectNode measure(String doc, AnnotatedMeasure measure) {
		ObjectNode record = start("measure", doc);
		record.put("instrument", measure.instrument());
		putNumber(record, "amount_yuan", measure.amountYuan());
		putNumber(record, "rate_percent", measure.ratePercent());
		ArrayNode targets = record.putArray("targets");
		measure.targets().forEach((target) -> targets.add(ref(target)));
		record.put("evidence", measure.evidence());
		return record;
	}

	private static ObjectNode start(String kind, String doc) {
		ObjectNode record = nodes.objectNode();
		record.put("kind", kind);
		record.put("doc", doc);
		return record;
	}

	private static ArrayNode ref(EntityRef ref) {
		return nodes.arrayNode().add(ref.type().label()).add(ref.name());
	}

	// Integral rates are written as integers (4, not 4.0) like the gold files; readers compare numerically.
	/** A whole number is written without a fraction (2000000, not 2000000.0), as the gold files write it. */
	private static void putNumber(ObjectNode record, String field, Double value) {
		if (value != null && value == Math.rint(value) && Math.abs(value) < 1e15) {
			record.put(field, value.longValue());
		}
		else {
			record.put(field, value);
		}
	}

}

package org.policygraph.extraction.jsonl;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.policygraph.extraction.DocumentMetadata;
import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.RelationType;

import tools.jackson.databind.JsonNode;

/** Reads the fields of one gold-schema record, naming the field whenever one is missing or of the wrong kind. */
final class RecordParser {

	private RecordParser() {
	}

	static DocumentMetadata metadata(JsonNode record) {
		Long suggestion = FieldReader.integer(record, "suggestion_no");
		return new DocumentMetadata(FieldReader.text(record, "title"), FieldReader.text(record, "agency"),
				FieldReader.text(record, "doc_number"), date(record), (suggestion != null) ? suggestion.intValue() : null,
				FieldReader.text(record, "delegate"), FieldReader.text(record, "session"));
	}

	static AnnotatedEntity entity(JsonNode record) {
		return new AnnotatedEntity(entityType(FieldReader.requiredText(record, "type")),
				FieldReader.requiredText(record, "name"), FieldReader.texts(record, "aliases"));
	}

	static AnnotatedRelation relation(JsonNode record) {
		String name = FieldReader.requiredText(record, "type");
		RelationType type = RelationType.fromName(name)
			.orElseThrow(() -> new RecordProblem("unknown relation type \"" + name + "\""));
		return new AnnotatedRelation(type, ref(record.get("source"), "source"), ref(record.get("target"), "target"),
				FieldReader.text(record, "evidence"));
	}

	static AnnotatedMeasure measure(JsonNode record) {
		return new AnnotatedMeasure(FieldReader.requiredText(record, "instrument"),
				FieldReader.number(record, "amount_yuan"), FieldReader.number(record, "rate_percent"),
				targets(record), FieldReader.text(record, "evidence"));
	}

	private static List<EntityRef> targets(JsonNode record) {
		JsonNode targets = record.get("targets");
		if (targets == null || targets.isNull()) {
			return List.of();
		}
		if (!targets.isArray()) {
			throw new RecordProblem("\"targets\" must be an array of [TYPE, NAME] pairs");
		}
		List<EntityRef> refs = new ArrayList<>();
		targets.forEach((target) -> refs.add(ref(target, "targets")));
		return refs;
	}

	private static EntityRef ref(JsonNode node, String field) {
		if (node == null || !node.isArray() || node.size() != 2 || !node.get(0).isString()
				|| !node.get(1).isString()) {
			throw new RecordProblem("\"" + field + "\" must be a [TYPE, NAME] pair of strings");
		}
		return new EntityRef(entityType(node.get(0).stringValue()), node.get(1).stringValue());
	}

	private static EntityType entityType(String label) {
		return EntityType.fromLabel(label)
			.orElseThrow(() -> new RecordProblem("unknown entity type \"" + label + "\""));
	}

	private static LocalDate date(JsonNode record) {
		String date = FieldReader.text(record, "date");
		try {
			return (date != null) ? LocalDate.parse(date) : null;
		}
		catch (DateTimeParseException ex) {
			throw new RecordProblem("\"date\" must be YYYY-MM-DD or null, not \"" + date + "\"");
		}
	}

}

package org.policygraph.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.extraction.AliasMerge;
import org.policygraph.extraction.DocumentMetadata;
import org.policygraph.extraction.Entity;
import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.Evidence;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.extraction.Measure;
import org.policygraph.extraction.Relation;
import org.policygraph.extraction.RelationType;

/**
 * An {@link ExtractedDocument} turned into the parameter rows of the loader's {@code UNWIND} statements, grouped by
 * label and relationship type; building it checks that every relation and measure names listed entities.
 */
record GraphRows(String documentId, String contentHash, Map<String, Object> document,
		Map<EntityType, List<Map<String, Object>>> entities, Map<RelationType, List<Map<String, Object>>> relations,
		List<Map<String, Object>> measures) {

	static GraphRows of(ExtractedDocument doc) {
		if (doc.documentId() == null || doc.documentId().isBlank()) {
			throw new GraphLoadException(String.valueOf(doc.documentId()), "it has no id");
		}
		if (doc.contentHash() == null || doc.contentHash().isBlank()) {
			throw new GraphLoadException(doc.documentId(), "it has no content hash");
		}
		requireComplete(doc);
		requireListed(doc);
		return new GraphRows(doc.documentId(), doc.contentHash(), document(doc), entities(doc), relations(doc),
				measures(doc));
	}

	private static void requireComplete(ExtractedDocument doc) {
		for (Entity entity : doc.entities()) {
			if (entity.type() == null || entity.name() == null || entity.name().isBlank()) {
				throw new GraphLoadException(doc.documentId(),
						"every entity needs a type and a name, but one is " + label(entity.type()) + ":" + entity.name());
			}
		}
		if (doc.relations().stream().anyMatch((relation) -> relation.type() == null)) {
			throw new GraphLoadException(doc.documentId(), "a relation has no type");
		}
	}

	private static void requireListed(ExtractedDocument doc) {
		Set<EntityRef> listed = new HashSet<>(doc.entities().stream().map(Entity::ref).toList());
		for (Relation relation : doc.relations()) {
			for (EntityRef end : List.of(relation.source(), relation.target())) {
				if (!listed.contains(end)) {
					throw new GraphLoadException(doc.documentId(), "relation " + relation.type() + " names "
							+ key(end) + ", which is not among the document's entities");
				}
			}
		}
		for (Measure measure : doc.measures()) {
			measure.targets().stream().filter((target) -> !listed.contains(target)).findFirst().ifPresent((target) -> {
				throw new GraphLoadException(doc.documentId(), "measure " + measure.instrument() + " is for "
						+ key(target) + ", which is not among the document's entities");
			});
		}
	}

	private static String key(EntityRef ref) {
		return label(ref.type()) + ":" + ref.name();
	}

	private static String label(EntityType type) {
		return (type != null) ? type.label() : "(no type)";
	}

	private static Map<String, Object> document(ExtractedDocument doc) {
		DocumentMetadata meta = (doc.metadata() != null) ? doc.metadata()
				: new DocumentMetadata(null, null, null, null, null, null, null);
		Map<String, Object> row = new HashMap<>();
		row.put("title", meta.title());
		row.put("agency", meta.agency());
		row.put("docNumber", meta.docNumber());
		row.put("date", meta.date());
		row.put("suggestionNo", meta.suggestionNo());
		row.put("delegate", meta.delegate());
		row.put("session", meta.session());
		row.put("contentHash", doc.contentHash());
		return row;
	}

	private static Map<EntityType, List<Map<String, Object>>> entities(ExtractedDocument doc) {
		Map<EntityType, List<Map<String, Object>>> rows = new EnumMap<>(EntityType.class);
		for (Entity entity : doc.entities()) {
			Map<String, Object> row = new HashMap<>();
			row.put("name", entity.name());
			row.put("aliases", entity.aliases());
			row.put("mentions", entity.mentions());
			row.put("merges", doc.merges()
				.stream()
				.filter((merge) -> merge.type() == entity.type() && merge.name().equals(entity.name()))
				.map(AliasMerge::reason)
				.toList());
			rows.computeIfAbsent(entity.type(), (type) -> new ArrayList<>()).add(row);
		}
		return rows;
	}

	private static Map<RelationType, List<Map<String, Object>>> relations(ExtractedDocument doc) {
		Map<RelationType, List<Map<String, Object>>> rows = new EnumMap<>(RelationType.class);
		for (Relation relation : doc.relations()) {
			Map<String, Object> row = evidence(relation.evidence());
			row.put("source", endpoint(relation.source()));
			row.put("target", endpoint(relation.target()));
			rows.computeIfAbsent(relation.type(), (type) -> new ArrayList<>()).add(row);
		}
		return rows;
	}

	private static List<Map<String, Object>> measures(ExtractedDocument doc) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Measure measure : doc.measures()) {
			Map<String, Object> properties = evidence(measure.evidence());
			properties.put("documentId", doc.documentId());
			properties.put("instrument", measure.instrument());
			properties.put("amountYuan", measure.amountYuan());
			properties.put("ratePercent", measure.ratePercent());
			Map<String, Object> row = new HashMap<>();
			row.put("id", doc.documentId() + "#" + (rows.size() + 1));
			row.put("properties", properties);
			row.put("targets", measure.targets().stream().map(GraphRows::endpoint).toList());
			rows.add(row);
		}
		return rows;
	}

	private static Map<String, Object> evidence(Evidence evidence) {
		Map<String, Object> row = new HashMap<>();
		row.put("sentence", (evidence != null) ? evidence.sentence() : null);
		row.put("start", (evidence != null) ? evidence.start() : null);
		row.put("end", (evidence != null) ? evidence.end() : null);
		return row;
	}

	private static Map<String, Object> endpoint(EntityRef ref) {
		return Map.of("label", ref.type().label(), "name", ref.name());
	}

}

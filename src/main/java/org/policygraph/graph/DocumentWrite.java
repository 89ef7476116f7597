package org.policygraph.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;
import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.RelationType;

import org.springframework.util.Assert;

/**
 * The statements of one document's write transaction (the lifecycle of graph-model.md), adding up their counters.
 * Labels and relationship types are the only text put into the Cypher, and they come from the closed enums
 * {@link EntityType} and {@link RelationType}; every value is a bound parameter.
 */
final class DocumentWrite {

	private static final Map<EntityType, String> WRITE_ENTITIES = new EnumMap<>(EntityType.class);

	private static final Map<RelationType, String> WRITE_RELATIONS = new EnumMap<>(RelationType.class);

	static {
		for (EntityType type : EntityType.values()) {
			WRITE_ENTITIES.put(type, LoaderCypher.WRITE_ENTITIES.formatted(type.label()));
		}
		for (RelationType type : RelationType.values()) {
			String pattern = type.isUndirected() ? "-[r:%s {documentId: $documentId}]-"
					: "-[r:%s {documentId: $documentId}]->";
			WRITE_RELATIONS.put(type, LoaderCypher.WRITE_RELATIONS.formatted(pattern.formatted(type.name())));
		}
	}

	private final TransactionContext tx;

	private final GraphRows rows;

	private int nodesCreated;

	private int nodesDeleted;

	private int relationshipsCreated;

	private int relationshipsDeleted;

	DocumentWrite(TransactionContext tx, GraphRows rows) {
		this.tx = tx;
		this.rows = rows;
	}

	LoadResult apply() {
		List<Record> existing = run(LoaderCypher.CONTENT_HASH, Map.of());
		if (existing.isEmpty()) {
			writeFacts();
			tidyEntities(mentionedEntities());
			return result(LoadResult.Outcome.LOADED);
		}
		if (this.rows.contentHash().equals(existing.get(0).get("contentHash").asString(null))) {
			return LoadResult.unchanged(this.rows.documentId());
		}
		Set<String> touched = removeFacts();
		writeFacts();
		touched.addAll(mentionedEntities());
		tidyEntities(touched);
		return result(LoadResult.Outcome.REPLACED);
	}

	private Set<String> removeFacts() {
		run(LoaderCypher.DELETE_MEASURES, Map.of());
		run(LoaderCypher.DELETE_RELATIONS, Map.of());
		return entityIds(run(LoaderCypher.DELETE_MENTIONS, Map.of()));
	}

	private void writeFacts() {
		run(LoaderCypher.WRITE_DOCUMENT, Map.of("properties", this.rows.document()));
		this.rows.entities().forEach((type, batch) -> run(WRITE_ENTITIES.get(type), Map.of("rows", batch)));
		this.rows.relations()
			.forEach((type, batch) -> requireAllWritten(WRITE_RELATIONS.get(type), batch, batch.size(), type.name()));
		long targets = this.rows.measures()
			.stream()
			.mapToLong((measure) -> ((List<?>) measure.get("targets")).size())
			.sum();
		requireAllWritten(LoaderCypher.WRITE_MEASURES, this.rows.measures(), targets, "measure target");
	}

	/** A safety net behind GraphRows' own check: a row whose entities are not found would otherwise vanish. */
	private void requireAllWritten(String query, List<Map<String, Object>> batch, long expected, String what) {
		long written = run(query, Map.of("rows", batch)).get(0).get("written").asLong();
		Assert.state(written == expected,
				() -> "only " + written + " of " + expected + " " + what + " rows found their entities");
	}

	private Set<String> mentionedEntities() {
		return entityIds(run(LoaderCypher.MENTIONED_ENTITIES, Map.of()));
	}

	private void tidyEntities(Set<String> entityIds) {
		List<String> ids = new ArrayList<>(entityIds);
		run(LoaderCypher.DELETE_ORPHANS, Map.of("entities", ids));
		run(LoaderCypher.MERGE_ALIASES, Map.of("entities", ids));
	}

	private static Set<String> entityIds(List<Record> records) {
		Set<String> ids = new LinkedHashSet<>();
		records.forEach((record) -> ids.add(record.get("entity").asString()));
		return ids;
	}

	private List<Record> run(String query, Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("documentId", this.rows.documentId());
		Result result = this.tx.run(query, all);
		List<Record> records = result.list();
		SummaryCounters counters = result.consume().counters();
		this.nodesCreated += counters.nodesCreated();
		this.nodesDeleted += counters.nodesDeleted();
		this.relationshipsCreated += counters.relationshipsCreated();
		this.relationshipsDeleted += counters.relationshipsDeleted();
		return records;
	}

	private LoadResult result(LoadResult.Outcome outcome) {
		return new LoadResult(this.rows.documentId(), outcome, this.nodesCreated, this.nodesDeleted,
				this.relationshipsCreated, this.relationshipsDeleted);
	}

}

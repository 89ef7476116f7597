package org.policygraph.ask;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.policygraph.extraction.EntityType;
import org.policygraph.graph.TargetDatabase;

import org.springframework.stereotype.Component;

/**
 * The names and aliases of every entity in the graph, keyed by {@link QuestionText#key}; read once and read again
 * only when an import has changed the graph (a cheap count of documents and entities and the last import time tell).
 */
@Component
class GraphNames {

	private static final String VERSION = """
			OPTIONAL MATCH (d:Document)
			RETURN count(d) + ':' + toString(max(d.importedAt)) + ':' + COUNT { (:Entity) } AS version
			""";

	private static final String NAMES = """
			MATCH (e:Entity)
			RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.name AS name, coalesce(e.aliases, []) AS aliases
			""";

	private final Driver driver;

	private final QueryConfig read;

	private volatile Snapshot snapshot = new Snapshot("", Map.of());

	GraphNames(Driver driver, TargetDatabase database) {
		this.driver = driver;
		this.read = database.query(RoutingControl.READ);
	}

	/** Every name and alias of the graph's entities, with the entities it names. */
	Map<String, List<NamedEntity>> byKey() {
		String version = this.driver.executableQuery(VERSION).withConfig(this.read).execute().records().get(0)
			.get("version").asString();
		Snapshot current = this.snapshot;
		if (!current.version().equals(version)) {
			current = new Snapshot(version, read());
			this.snapshot = current;
		}
		return current.names();
	}

	private Map<String, List<NamedEntity>> read() {
		Map<String, List<NamedEntity>> names = new HashMap<>();
		for (Record row : this.driver.executableQuery(NAMES).withConfig(this.read).execute().records()) {
			EntityType.fromLabel(row.get("type").asString()).ifPresent((type) -> {
				NamedEntity entity = new NamedEntity(type, row.get("name").asString(), true);
				add(names, entity.name(), entity);
				row.get("aliases").asList((alias) -> alias.asString()).forEach((alias) -> add(names, alias, entity));
			});
		}
		names.values().forEach((entities) -> entities.sort(NameDictionary.ORDER));
		return Map.copyOf(names);
	}

	private static void add(Map<String, List<NamedEntity>> names, String name, NamedEntity entity) {
		List<NamedEntity> entities = names.computeIfAbsent(QuestionText.key(name), (key) -> new ArrayList<>());
		if (!entities.contains(entity)) {
			entities.add(entity);
		}
	}

	private record Snapshot(String version, Map<String, List<NamedEntity>> names) {
	}

}

package org.policygraph.export;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.RoutingControl;
import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.RelationType;
import org.policygraph.graph.TargetDatabase;
import org.policygraph.query.InvalidParameterException;
import org.policygraph.query.ResourceNotFoundException;

import org.springframework.stereotype.Service;

/**
 * Chooses what an export holds: the whole graph; the entities of one type with their direct neighbours; or an
 * industry with everything within one or two hops. The subgraphs follow the fact relationships and {@code FOR},
 * never {@code MENTIONS}: a document mentions dozens of entities and would pull in nearly the whole graph.
 */
@Service
class Subgraphs {

	/** Fact relationships and FOR, from code only. */
	private static final String LINKS = Stream
		.concat(Stream.of(RelationType.values()).map(RelationType::name), Stream.of("FOR"))
		.collect(Collectors.joining("|"));

	private static final String LABELS = Stream.of(EntityType.values())
		.map(EntityType::label)
		.collect(Collectors.joining(", "));

	private static final String CANONICAL_INDUSTRY = """
			MATCH (i:Industry)
			WHERE i.name = $name OR $name IN coalesce(i.aliases, [])
			RETURN i.name AS name
			ORDER BY i.name = $name DESC, name
			LIMIT 1
			""";

	/** Formatted with a label from {@link EntityType} and the link types, never with input. */
	private static final String TYPE_NODES = """
			MATCH (n:%1$s) RETURN n
			UNION
			MATCH (:%1$s)-[:%2$s]-(n) RETURN n
			""";

	private static final String TYPE_RELATIONSHIPS = """
			MATCH (a)-[r:%2$s]->(b)
			WHERE a:%1$s OR b:%1$s
			""";

	/** Formatted with the link types and a hop count of 1 or 2. */
	private static final String INDUSTRY_NODES = """
			MATCH (:Industry {name: $name})-[:%1$s*0..%2$d]-(n)
			RETURN DISTINCT n
			""";

	private static final String INDUSTRY_RELATIONSHIPS = """
			MATCH (:Industry {name: $name})-[:%1$s*0..%2$d]-(n)
			WITH collect(DISTINCT n) AS nodes
			UNWIND nodes AS a
			MATCH (a)-[r:%1$s]->(b)
			WHERE b IN nodes
			""";

	private final Driver driver;

	private final TargetDatabase database;

	Subgraphs(Driver driver, TargetDatabase database) {
		this.driver = driver;
		this.database = database;
	}

	/**
	 * The subgraph the parameters ask for; at most one of {@code type} and {@code industry} may be given.
	 * @throws InvalidParameterException for an unknown type or both parameters at once
	 * @throws ResourceNotFoundException for an industry the graph does not hold
	 */
	Subgraph select(String type, String industry, int hops) {
		boolean byType = type != null && !type.isBlank();
		boolean byIndustry = industry != null && !industry.isBlank();
		if (byType && byIndustry) {
			throw new InvalidParameterException("Give either 'type' or 'industry', not both.");
		}
		if (byType) {
			return ofType(type.strip());
		}
		return byIndustry ? aroundIndustry(industry.strip(), hops) : whole();
	}

	private static Subgraph whole() {
		return Subgraph.of("policygraph", "MATCH (n) RETURN n", "MATCH (a)-[r]->(b)", Map.of());
	}

	private static Subgraph ofType(String label) {
		EntityType type = EntityType.fromLabel(label)
			.orElseThrow(() -> new InvalidParameterException(
					"Unknown entity type '%s'; expected one of %s.".formatted(label, LABELS)));
		return Subgraph.of("policygraph-" + type.label(), TYPE_NODES.formatted(type.label(), LINKS),
				TYPE_RELATIONSHIPS.formatted(type.label(), LINKS), Map.of());
	}

	private Subgraph aroundIndustry(String industry, int hops) {
		String name = this.driver.executableQuery(CANONICAL_INDUSTRY)
			.withParameters(Map.of("name", industry))
			.withConfig(this.database.query(RoutingControl.READ))
			.execute()
			.records()
			.stream()
			.findFirst()
			.map((row) -> row.get("name").asString())
			.orElseThrow(() -> new ResourceNotFoundException("There is no industry named '%s'.".formatted(industry)));
		return Subgraph.of("policygraph-industry-" + name, INDUSTRY_NODES.formatted(LINKS, hops),
				INDUSTRY_RELATIONSHIPS.formatted(LINKS, hops), Map.of("name", name));
	}

}

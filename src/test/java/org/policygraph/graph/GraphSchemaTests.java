package org.policygraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.policygraph.PolicyGraphIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

@PolicyGraphIntegrationTest
class GraphSchemaTests {

	@Autowired
	Driver driver;

	@Autowired
	GraphSchema schema;

	@Test
	void appliesAUniquenessConstraintPerLabelKey() {
		List<String> constrained = this.driver
			.executableQuery("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' "
					+ "RETURN labelsOrTypes[0] + '.' + properties[0] AS key")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("key").asString())
			.toList();
		assertThat(constrained).containsExactlyInAnyOrder("Document.id", "Measure.id", "Programme.name",
				"TalentScheme.name", "Park.name", "Enterprise.name", "Industry.name", "Agency.name",
				"Institution.name", "Region.name");
	}

	@Test
	void createsAnOnlineFullTextIndexWithTheCjkAnalyzer() {
		Record index = this.driver
			.executableQuery("SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = 'entity_names' "
					+ "RETURN state, options.indexConfig.`fulltext.analyzer` AS analyzer")
			.execute()
			.records()
			.get(0);
		assertThat(index.get("state").asString()).isEqualTo("ONLINE");
		assertThat(index.get("analyzer").asString()).isEqualTo("cjk");
	}

	@Test
	void reapplyingTheSchemaIsHarmless() {
		long before = countIndexes();
		this.schema.afterSingletonsInstantiated();
		assertThat(countIndexes()).isEqualTo(before);
	}

	@Test
	void classpathSchemaIsTheTopLevelScriptSplitIntoStatements() throws IOException {
		String script = Files.readString(Path.of("cypher/schema.cypher"), StandardCharsets.UTF_8);
		assertThat(new ClassPathResource(GraphSchema.LOCATION).getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(script);
		List<String> statements = GraphSchema.statements(script);
		assertThat(statements).hasSize(13).allSatisfy((statement) -> assertThat(statement).contains("IF NOT EXISTS"));
		assertThat(statements).noneMatch((statement) -> statement.contains("//"));
	}

	private long countIndexes() {
		return this.driver.executableQuery("SHOW INDEXES YIELD name RETURN count(*) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

}

package org.policygraph.cypher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReadOnlyPlanTests {

	@ParameterizedTest
	@ValueSource(strings = { "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
			"db.schema.nodeTypeProperties", "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
			"date.truncate", "DATE.TRUNCATE", "datetime.fromepoch", "duration.between", "point.distance",
			"vector.similarity.cosine" })
	void allowsSchemaFullTextAndBuiltInNamespacedCalls(String name) {
		assertThat(ReadOnlyPlan.isAllowed(name)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "apoc.load.json", "apoc.cypher.run", "dbms.listConfig", "dbms.components",
			"db.createLabel", "db.clearQueryCaches", "db.awaitIndexes", "db.index.fulltext.createNodeIndex",
			"db.labelsX", "db.schemaX.visualization", "gds.graph.project", "tx.setMetaData", "dates.truncate" })
	void refusesEverythingElse(String name) {
		assertThat(ReadOnlyPlan.isAllowed(name)).isFalse();
	}

}

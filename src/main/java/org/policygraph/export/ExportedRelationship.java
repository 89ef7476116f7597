package org.policygraph.export;

import java.util.Map;

import org.neo4j.driver.Record;
import org.policygraph.extraction.RelationType;

/**
 * A relationship as every export format writes it.
 *
 * @param id the relationship's element id, unique within the export
 * @param type the relationship type, such as {@code TARGETS}
 * @param source API id of the node it starts at
 * @param target API id of the node it ends at
 * @param properties the non-null properties of {@link Column#RELATIONSHIP}, in that order
 */
record ExportedRelationship(String id, String type, String source, String target, Map<String, Object> properties) {

	/** Reads a row with the columns {@code id}, {@code type}, {@code source}, {@code target} and {@code r}. */
	static ExportedRelationship of(Record row) {
		return new ExportedRelationship(row.get("id").asString(), row.get("type").asString(),
				row.get("source").asString(), row.get("target").asString(),
				ExportedNode.properties(row.get("r").asRelationship(), Column.RELATIONSHIP));
	}

	/** Whether the relationship has no direction: {@code PARTNERS_WITH} is stored one way but means both. */
	boolean undirected() {
		return RelationType.fromName(this.type).map(RelationType::isUndirected).orElse(false);
	}

}

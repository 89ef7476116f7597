package org.policygraph.query;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * A quantified support measure with the entities it is for and the clause that states it.
 *
 * @param id the measure id, {@code <documentId>#<n>}
 * @param instrument the Chinese noun naming the instrument, such as 奖励 or 补助
 * @param amountYuan the amount or cap in yuan, or {@code null}
 * @param ratePercent the rate in percent, or {@code null}
 * @param targets the entities it is for
 * @param evidence the clause that states it
 */
record MeasureItem(String id, String instrument, Long amountYuan, Double ratePercent, List<NodeRef> targets,
		Citation evidence) {

	/**
	 * Reads a Cypher map with the keys {@code id}, {@code instrument}, {@code amountYuan}, {@code ratePercent},
	 * {@code targets} (maps read by {@link NodeRef#of}) and {@code evidence} (a map read by {@link Citation#of}).
	 */
	static MeasureItem of(Value map) {
		return new MeasureItem(map.get("id").asString(), map.get("instrument").asString(null),
				amount(map.get("amountYuan")), rate(map.get("ratePercent")),
				map.get("targets").asList(NodeRef::of, List.of()), Citation.of(map.get("evidence")));
	}

	/** The amount as a whole number of yuan, whichever numeric type Neo4j stored it as. */
	static Long amount(Value value) {
		return value.isNull() ? null : value.asNumber().longValue();
	}

	/** The rate as a float, whichever numeric type Neo4j stored it as. */
	static Double rate(Value value) {
		return value.isNull() ? null : value.asNumber().doubleValue();
	}

}

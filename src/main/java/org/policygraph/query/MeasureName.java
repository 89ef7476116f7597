package org.policygraph.query;

import java.math.BigDecimal;
import java.util.StringJoiner;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** Names a measure node for display by its instrument and figures, such as {@code 奖励 15% 500万元}. */
public final class MeasureName {

	private static final long WAN = 10_000;

	private MeasureName() {
	}

	/** The display name of a measure node. */
	public static String of(Node measure) {
		StringJoiner name = new StringJoiner(" ");
		name.add(measure.get("instrument").asString("措施"));
		Value rate = measure.get("ratePercent");
		if (!rate.isNull()) {
			name.add(BigDecimal.valueOf(rate.asNumber().doubleValue()).stripTrailingZeros().toPlainString() + "%");
		}
		Value amount = measure.get("amountYuan");
		if (!amount.isNull()) {
			long yuan = amount.asNumber().longValue();
			name.add((yuan % WAN == 0 && yuan > 0) ? (yuan / WAN) + "万元" : yuan + "元");
		}
		return name.toString();
	}

}

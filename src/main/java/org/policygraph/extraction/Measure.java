package org.policygraph.extraction;

import java.util.List;

/**
 * A quantified support measure (奖励, 补助, 贴息 …).
 *
 * @param instrument the Chinese noun naming the instrument, such as 奖励 or 补助
 * @param amountYuan the amount or cap in yuan, or {@code null} when none is stated
 * @param ratePercent the rate in percent, or {@code null} when none is stated
 * @param targets the entities the measure is for, where the text states them
 * @param evidence the clause that states it
 */
public record Measure(String instrument, Long amountYuan, Double ratePercent, List<EntityRef> targets,
		Evidence evidence) {

	public Measure {
		targets = List.copyOf(targets);
	}

}

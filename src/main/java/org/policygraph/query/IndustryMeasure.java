package org.policygraph.query;

import java.util.List;

/**
 * A quantified measure that reaches an industry, directly or through a programme, talent scheme or park that targets, supports or focuses on the industry.
 *
 * @param id the measure id, {@code <documentId>#<n>}
 * @param instrument the Chinese noun naming the instrument, such as 奖励 or 补助
 * @param amountYuan the amount or cap in yuan, or {@code null}
 * @param ratePercent the rate in percent, or {@code null}
 * @param direct whether the measure is stated for the industry itself
 * @param via ids of the programmes through which it reaches the industry; empty for a direct measure only
 * @param evidence the clause that states it
 */
public record IndustryMeasure(String id, String instrument, Long amountYuan, Double ratePercent, boolean direct,
		List<String> via, Citation evidence) {
}

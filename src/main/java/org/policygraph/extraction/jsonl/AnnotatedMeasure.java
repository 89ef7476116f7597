package org.policygraph.extraction.jsonl;

import java.util.List;

import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.Measure;

/**
 * A measure record of the gold schema.
 *
 * @param instrument the Chinese noun naming the instrument, such as 奖励
 * @param amountYuan the amount or cap in yuan (a price may have a fraction: 每平方米每天1.5元), or {@code null}
 * @param ratePercent the rate in percent, or {@code null}
 * @param targets the entities the measure is for
 * @param evidence the clause that states the measure
 */
public record AnnotatedMeasure(String instrument, Double amountYuan, Double ratePercent, List<EntityRef> targets,
		String evidence) {

	public AnnotatedMeasure {
		targets = List.copyOf(targets);
	}

	static AnnotatedMeasure of(Measure measure) {
		Double amount = (measure.amountYuan() != null) ? measure.amountYuan().doubleValue() : null;
		return new AnnotatedMeasure(measure.instrument(), amount, measure.ratePercent(),
				measure.targets(), (measure.evidence() != null) ? measure.evidence().sentence() : null);
	}

}

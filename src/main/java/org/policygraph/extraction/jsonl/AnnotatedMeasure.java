package org.policygraph.extraction.jsonl;

import java.util.List;

import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.Measure;

/**
 * A measure record of the gold schema.
 *
 * @param instrument the Chinese noun naming the instrument, such as 奖励
 * @param amountYuan the amount or cap in yuan, or {@code null}
 * @param ratePercent the rate in percent, or {@code null}
 * @param targets the entities the measure is for
 * @param evidence the clause that states the measure
 */
public record AnnotatedMeasure(String instrument, Long amountYuan, Double ratePercent, List<EntityRef> targets,
		String evidence) {

	public AnnotatedMeasure {
		targets = List.copyOf(targets);
	}

	static AnnotatedMeasure of(Measure measure) {
		return new AnnotatedMeasure(measure.instrument(), measure.amountYuan(), measure.ratePercent(),
				measure.targets(), (measure.evidence() != null) ? measure.evidence().sentence() : null);
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantified support measures in a clause (needs clauses and the entities mentioned in them, adds measures): an
 * instrument noun (奖励, 补助, 贴息 …) with the amounts in yuan and rates in percent of the same comma-separated part;
 * tiers (4%、6%、8% … 200万元、300万元、400万元) give one measure per tier.
 */
class MeasureExtractor {

	/** Instrument words, most specific first, with the instrument they name. */
	private static final List<Map.Entry<String, String>> INSTRUMENTS = List.of(Map.entry("贴息", "贴息"),
			Map.entry("津贴", "津贴"), Map.entry("免租", "免租"), Map.entry("股权投资", "股权投资"), Map.entry("资助", "资助"),
			Map.entry("奖励", "奖励"), Map.entry("补助", "补助"), Map.entry("补贴", "补贴"), Map.entry("创新券", "补贴"),
			Map.entry("基金", "基金"), Map.entry("经费支持", "资助"));

	private static final Pattern AMOUNT = Pattern.compile(
			"(\\d+(?:\\.\\d+)?)(万|亿)?(元)?(?!美元|平方|人|台|家|个|次|亩|吨|件|项|名|条|余|\\d|（含）|以上|以下|\\.)");

	private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)%");

	private static final Pattern FUND_SETUP = Pattern.compile("(设立|成立).*资金");

	private static final Pattern GRANT = Pattern.compile("给予.*支持");

	List<Measure> extract(Sentence clause, List<EntityRef> targets, String documentId) {
		List<Measure> measures = new ArrayList<>();
		for (String part : clause.text().split("，")) {
			Optional<String> instrument = instrumentOf(part);
			if (instrument.isPresent()) {
				measures.addAll(measures(instrument.get(), part, targets, clause.evidence(documentId)));
			}
		}
		return measures;
	}

	private static Optional<String> instrumentOf(String part) {
		Optional<String> named = INSTRUMENTS.stream()
			.filter((instrument) -> part.contains(instrument.getKey()))
			.map(Map.Entry::getValue)
			.findFirst();
		if (named.isPresent()) {
			return named;
		}
		if (FUND_SETUP.matcher(part).find()) {
			return Optional.of("基金");
		}
		return GRANT.matcher(part).find() ? Optional.of("资助") : Optional.empty();
	}

	private static List<Measure> measures(String instrument, String part, List<EntityRef> targets, Evidence evidence) {
		String outsideBrackets = part.replaceAll("（[^）]*）", "");
		List<Long> amounts = amounts(outsideBrackets);
		List<Double> rates = rates(outsideBrackets);
		List<Measure> measures = new ArrayList<>();
		if (amounts.isEmpty()) {
			rates.forEach((rate) -> measures.add(new Measure(instrument, null, rate, targets, evidence)));
			if (rates.isEmpty() && instrument.equals("免租")) {
				measures.add(new Measure(instrument, null, null, targets, evidence));
			}
			return measures;
		}
		for (int i = 0; i < amounts.size(); i++) {
			Double rate = (rates.size() == amounts.size()) ? rates.get(i) : (rates.size() == 1) ? rates.get(0) : null;
			measures.add(new Measure(instrument, amounts.get(i), rate, targets, evidence));
		}
		return measures;
	}

	private static List<Long> amounts(String text) {
		List<Long> amounts = new ArrayList<>();
		Matcher matcher = AMOUNT.matcher(text);
		while (matcher.find()) {
			if (matcher.group(2) == null && matcher.group(3) == null) {
				continue;
			}
			double value = Double.parseDouble(matcher.group(1));
			double unit = "万".equals(matcher.group(2)) ? 1e4 : "亿".equals(matcher.group(2)) ? 1e8 : 1;
			amounts.add(Math.round(value * unit));
		}
		return amounts;
	}

	private static List<Double> rates(String text) {
		List<Double> rates = new ArrayList<>();
		Matcher matcher = RATE.matcher(text);
		while (matcher.find()) {
			rates.add(Double.valueOf(matcher.group(1)));
		}
		return rates;
	}

}

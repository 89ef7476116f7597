package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The amounts in yuan and the rates in percent a piece of a clause states, leaving out bracketed asides (首期规模10亿),
 * thresholds (500万元以上, 500万元至2000万元（含）), prices per physical unit (每平方米100元, 每瓦0.1元, 每平方米每天1.5元, 0.3元/千瓦时), areas, head counts
 * and amounts in other currencies (万美元). Amounts per person, month or enterprise (每人每月2000元) stay.
 *
 * @param amounts amounts in yuan, in text order
 * @param rates rates in percent, in text order
 */
record Quantities(List<Long> amounts, List<Double> rates) {

	private static final Pattern AMOUNT = Pattern.compile("(\\d++(?:\\.\\d++)?+)(万|亿)?+(元)?+");

	/** What follows 万 or 亿 when they count something other than yuan (万平方米, 万人, 万美元). */
	private static final Pattern OTHER_UNIT = Pattern.compile("^(?:美元|平方|人|台|家|个|次|亩|吨|件|项|名|条|余)");

	private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)[%％]");

	private static final String UNIT = "(?:平方米|平米|㎡|立方米|瓦|千瓦时?|兆瓦|吨|亩|米|度|公里)";

	/** A price per physical unit, whose total is the cap stated after it (每平方米100元给予补助，单个项目最高500万元). */
	private static final Pattern PER_UNIT_BEFORE = Pattern.compile("每" + UNIT + "(?:每(?:天|日|月|年))?$");

	/** The same price written after its figure (0.3元/千瓦时). */
	private static final Pattern PER_UNIT_AFTER = Pattern.compile("^[/／]" + UNIT);

	private static final Pattern THRESHOLD_AFTER = Pattern.compile("^(?:（含）)?(?:以上|以下|至|及以上)");

	Quantities {
		amounts = List.copyOf(amounts);
		rates = List.copyOf(rates);
	}

	static Quantities of(String part) {
		String text = part.replaceAll("[（(](?!含[）)])[^）)]*[）)]", "");
		return new Quantities(amounts(text), rates(text));
	}

	boolean isEmpty() {
		return this.amounts.isEmpty() && this.rates.isEmpty();
	}

	private static List<Long> amounts(String text) {
		List<Long> amounts = new ArrayList<>();
		Matcher matcher = AMOUNT.matcher(text);
		while (matcher.find()) {
			String rest = text.substring(matcher.end());
			boolean unit = matcher.group(3) != null
					|| matcher.group(2) != null && !OTHER_UNIT.matcher(rest).find();
			boolean threshold = THRESHOLD_AFTER.matcher(rest).find()
					|| matcher.start() > 0 && text.charAt(matcher.start() - 1) == '至';
			boolean perUnit = PER_UNIT_BEFORE.matcher(text.substring(0, matcher.start())).find()
					|| PER_UNIT_AFTER.matcher(rest).find();
			if (unit && !threshold && !perUnit) {
				double value = Double.parseDouble(matcher.group(1));
				double scale = "万".equals(matcher.group(2)) ? 1e4 : "亿".equals(matcher.group(2)) ? 1e8 : 1;
				amounts.add(Math.round(value * scale));
			}
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

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds quantified support measures in a clause (needs clauses and the entities mentioned in them, adds measures): an
 * instrument noun (奖励, 补助, 贴息 …) with the amounts in yuan and rates in percent of its comma-separated part, and
 * the cap a following part adds (按投入的20%给予补助，单个项目最高500万元); tiers (4%、6%、8% … 200万元、300万元、400万元)
 * give one measure per tier.
 */
class MeasureExtractor {

	/** Instrument words, most specific first, with the instrument they name. */
	private static final List<Map.Entry<String, String>> INSTRUMENTS = List.of(Map.entry("贴息", "贴息"),
			Map.entry("津贴", "津贴"), Map.entry("免租", "免租"), Map.entry("免收租金", "免租"), Map.entry("免收房租", "免租"),
			Map.entry("股权投资", "股权投资"), Map.entry("资助", "资助"),
			Map.entry("奖励", "奖励"), Map.entry("补助", "补助"), Map.entry("补贴", "补贴"), Map.entry("奖补", "补助"),
			Map.entry("创新券", "补贴"), Map.entry("服务券", "补贴"), Map.entry("扶持资金", "补助"), Map.entry("基金", "基金"), Map.entry("专项资金", "资助"),
			Map.entry("经费", "资助"));

	/** Parts end at full-width commas and colons, and at ASCII ones unless a list of figures goes on (8%,10%,12%). */
	private static final Pattern PARTS = Pattern.compile("[，：]|[,:](?!\\d)");

	private static final Pattern CAP = Pattern.compile("最高|不超过|上限|最多");

	private static final Pattern FUND_SETUP = Pattern.compile("(设立|成立).*资金");

	private static final Pattern GRANT = Pattern.compile("给予.*支持");

	/** Public money paid out or won, a measure in the guideline's sense (兑现各类人才政策资金2.16亿元, 争取中央财政资金, 兑付金额386万元). */
	private static final Pattern DISBURSED = Pattern.compile("(兑现|兑付|争取|拨付|下达|落实)\\S*(资金|金额)");

	/** Taxes waived, reported as a sum (减免税额9.8亿元). */
	private static final Pattern TAX_RELIEF = Pattern.compile("减免税");

	/** A loan whose amount the interest subsidy of the next part applies to (提供最高50万元创业担保贷款，按…60%给予贴息). */
	private static final Pattern LOAN = Pattern.compile("贷款|授信");

	/** A statistic, not a grant (研发经费支出占地区生产总值比重达到3.45%). */
	private static final Pattern STATISTIC = Pattern.compile("经费支出|比重|占比");

	/** A grant of the whole cost, which is a measure without figures (租金给予全额补助). */
	private static final Pattern WHOLE = Pattern.compile("全额");

	List<Measure> extract(Sentence clause, List<EntityRef> targets, String documentId) {
		List<Grant> grants = new ArrayList<>();
		List<Long> loan = List.of();
		for (String part : PARTS.split(clause.text())) {
			Optional<String> instrument = instrumentOf(part);
			Quantities quantities = Quantities.of(part);
			Grant last = grants.isEmpty() ? null : grants.get(grants.size() - 1);
			if (last != null && last.takesCap(instrument, quantities, CAP.matcher(part).find())) {
				grants.set(grants.size() - 1, last.capped(quantities.amounts()));
			}
			else if (instrument.isPresent() && (last == null || !last.restatedBy(instrument.get(), quantities))) {
				Grant grant = new Grant(instrument.get(), quantities, WHOLE.matcher(part).find());
				grants.add(grant.onLoan(loan));
			}
			loan = (instrument.isEmpty() && LOAN.matcher(part).find()) ? quantities.amounts() : List.of();
		}
		List<Measure> measures = new ArrayList<>();
		Evidence evidence = clause.evidence(documentId);
		for (Grant grant : grants) {
			boolean statedElsewhere = grants.stream()
				.anyMatch((other) -> !other.quantities().isEmpty() && other.instrument().equals(grant.instrument()));
			measures.addAll(grant.measures(targets, evidence, statedElsewhere));
		}
		return measures;
	}

	private static Optional<String> instrumentOf(String part) {
		if (STATISTIC.matcher(part).find()) {
			return Optional.empty();
		}
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
		if (DISBURSED.matcher(part).find()) {
			return Optional.of("资助");
		}
		if (TAX_RELIEF.matcher(part).find()) {
			return Optional.of("减税");
		}
		return GRANT.matcher(part).find() ? Optional.of("资助") : Optional.empty();
	}

	/**
	 * An instrument with the quantities stated for it, one or more tiers.
	 *
	 * @param whole whether it covers the whole cost (免租, 全额补助), a measure even without figures
	 */
	private record Grant(String instrument, Quantities quantities, boolean whole) {

		/** Whether the next part only adds the cap of this grant (单个项目最高500万元, or 单个企业年度贴息最高200万元). */
		boolean takesCap(Optional<String> named, Quantities next, boolean capWord) {
			boolean sameInstrument = named.isEmpty() || named.get().equals(this.instrument);
			return sameInstrument && this.quantities.amounts().isEmpty() && next.rates().isEmpty()
					&& !next.amounts().isEmpty() && (capWord || named.isPresent());
		}

		/** Whether the next part only names this instrument again, without figures (贴息期限最长2年). */
		boolean restatedBy(String named, Quantities next) {
			return next.isEmpty() && named.equals(this.instrument);
		}

		/** An interest subsidy at a rate, on the loan amount the part before it stated. */
		Grant onLoan(List<Long> loan) {
			boolean rateOnly = this.quantities.amounts().isEmpty() && !this.quantities.rates().isEmpty();
			return (this.instrument.equals("贴息") && rateOnly && !loan.isEmpty()) ? capped(loan) : this;
		}

		Grant capped(List<Long> amounts) {
			return new Grant(this.instrument, new Quantities(amounts, this.quantities.rates()), this.whole);
		}

		List<Measure> measures(List<EntityRef> targets, Evidence evidence, boolean statedElsewhere) {
			List<Long> amounts = this.quantities.amounts();
			List<Double> rates = this.quantities.rates();
			List<Measure> measures = new ArrayList<>();
			if (amounts.isEmpty()) {
				rates.forEach((rate) -> measures.add(new Measure(this.instrument, null, rate, targets, evidence)));
				if (rates.isEmpty() && (this.whole || this.instrument.equals("免租")) && !statedElsewhere) {
					measures.add(new Measure(this.instrument, null, null, targets, evidence));
				}
				return measures;
			}
			for (int i = 0; i < amounts.size(); i++) {
				Double rate = (rates.size() == amounts.size()) ? rates.get(i) : (rates.size() == 1) ? rates.get(0) : null;
				measures.add(new Measure(this.instrument, amounts.get(i), rate, targets, evidence));
			}
			return measures;
		}

	}

}

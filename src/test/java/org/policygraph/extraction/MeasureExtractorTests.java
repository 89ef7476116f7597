package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class MeasureExtractorTests {

	private static final EntityRef SCHEME = new EntityRef(EntityType.TALENT_SCHEME, "上林英才计划");

	private final MeasureExtractor extractor = new MeasureExtractor();

	@Test
	void extractsTieredRewardsAsOneMeasurePerTier() {
		List<Measure> measures = extract("根据行业类别分别按设备投入额的4%、6%、8%分别给予不超过200万元、300万元、400万元的的奖励");
		assertThat(measures).extracting(Measure::instrument, Measure::amountYuan, Measure::ratePercent)
			.containsExactly(tuple("奖励", 2_000_000L, 4.0), tuple("奖励", 3_000_000L, 6.0), tuple("奖励", 4_000_000L, 8.0));
	}

	@Test
	void extractsSubsidyCapInYuanAndIgnoresTheThreshold() {
		List<Measure> measures = extract(
				"对规模以上企业引进战略管理，当年项目管理咨询费用支出在15万元（含）以上的，按投入的30%单个企业给予不超过20万元补助");
		assertThat(measures).extracting(Measure::instrument, Measure::amountYuan, Measure::ratePercent)
			.containsExactly(tuple("补助", 200_000L, 30.0));
	}

	@Test
	void extractsInterestSubsidyWithItsRateAndTheStatedTargets() {
		List<Measure> measures = extract("最长三年、每年最高1000万元银行贷款额度的同期贷款基准利率50%的贴息补助");
		assertThat(measures).singleElement().satisfies((measure) -> {
			assertThat(measure.instrument()).isEqualTo("贴息");
			assertThat(measure.amountYuan()).isEqualTo(10_000_000L);
			assertThat(measure.ratePercent()).isEqualTo(50.0);
			assertThat(measure.targets()).containsExactly(SCHEME);
		});
	}

	@Test
	void readsFundsInYiWithoutYuanAndSkipsBracketedFirstTranches() {
		List<Measure> measures = extract("设立100亿创投基金（首期规模10亿）、100亿金融服务基金（首期规模5亿）、300亿不良资产并购基金（首期30亿）");
		assertThat(measures).extracting(Measure::amountYuan)
			.containsExactly(10_000_000_000L, 10_000_000_000L, 30_000_000_000L);
	}

	@Test
	void keepsRentExemptionWithoutAmount() {
		assertThat(extract("最高1000平方米、最长三年的免租创业场地或租金补助")).extracting(Measure::instrument, Measure::amountYuan)
			.containsExactly(tuple("免租", null));
	}

	@Test
	void ignoresAmountsWithoutAnInstrument() {
		assertThat(extract("至目前授信科技企业8家，累计发放贷款2460万元")).isEmpty();
		assertThat(extract("2021年共引进长三角地区项目资金84.8亿元")).isEmpty();
	}

	@Test
	void givesEvidenceWithTheClauseOffsets() {
		Sentence clause = new Sentence("新增500万元股权投资", 100, 111);
		Measure measure = this.extractor.extract(clause, List.of(), "003").get(0);
		assertThat(measure.evidence()).isEqualTo(new Evidence("003", "新增500万元股权投资", 100, 111));
		assertThat(measure.amountYuan()).isEqualTo(5_000_000L);
	}

	private List<Measure> extract(String text) {
		return this.extractor.extract(new Sentence(text, 0, text.length()), List.of(SCHEME), "001");
	}

}

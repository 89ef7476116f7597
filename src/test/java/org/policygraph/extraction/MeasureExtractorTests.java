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
	void takesTheCapOfAPricePerSquareMetreOrWattAsTheAmount() {
		assertThat(extract("按新增建筑面积每平方米100元给予补助，单个项目最高500万元")).extracting(Measure::instrument,
				Measure::amountYuan).containsExactly(tuple("补助", 5_000_000L));
		assertThat(extract("按照装机容量给予每瓦0.1元补贴，单个项目最高50万元")).extracting(Measure::instrument,
				Measure::amountYuan).containsExactly(tuple("补贴", 500_000L));
		assertThat(extract("对新建储能项目按放电量给予0.3元/千瓦时补贴，单个项目每年最高200万元")).extracting(Measure::amountYuan)
			.containsExactly(2_000_000L);
		assertThat(extract("对入驻科创飞地的研发企业，前三年租金全额补助，最高每平方米每天1.5元"))
			.extracting(Measure::instrument, Measure::amountYuan)
			.containsExactly(tuple("补助", null));
		assertThat(extract("对新引进的博士给予每人每月3000元生活津贴")).extracting(Measure::amountYuan)
			.as("an amount per person and month is no unit price")
			.containsExactly(3_000L);
	}

	@Test
	void readsAVoucherAsASubsidyAndAShareOfSpendingAsNoMeasure() {
		assertThat(extract("发放数字化诊断服务券，每家企业最高2万元")).extracting(Measure::instrument, Measure::amountYuan)
			.containsExactly(tuple("补贴", 20_000L));
		assertThat(extract("2023年全社会研发经费支出占地区生产总值比重达到3.45%")).isEmpty();
	}

	@Test
	void keepsAGrantOfTheWholeCostAndRentFreeYearsWithoutFigures() {
		assertThat(extract("对入园的企业前两年租金给予全额补助")).extracting(Measure::instrument, Measure::amountYuan)
			.containsExactly(tuple("补助", null));
		assertThat(extract("入园企业前两年免收租金、第三年租金减半")).extracting(Measure::instrument, Measure::amountYuan)
			.containsExactly(tuple("免租", null));
	}

	@Test
	void readsAnExemptionFromRentWrittenAs房租() {
		assertThat(extract("对入驻的直播电商企业，第一年免收房租，第二、三年房租减半")).extracting(Measure::instrument)
			.containsExactly("免租");
	}

	@Test
	void keepsRentExemptionWithoutAmount() {
		assertThat(extract("最高1000平方米、最长三年的免租创业场地或租金补助")).extracting(Measure::instrument, Measure::amountYuan)
			.containsExactly(tuple("免租", null));
	}

	@Test
	void appliesAnInterestSubsidyRateToTheLoanAmountBeforeIt() {
		assertThat(extract("为人才企业提供最高500万元信用贷款，按贷款市场报价利率的50%给予贴息"))
			.extracting(Measure::instrument, Measure::amountYuan, Measure::ratePercent)
			.containsExactly(tuple("贴息", 5_000_000L, 50.0));
	}

	@Test
	void readsPublicMoneyPaidOutAndTaxesWaivedAsMeasures() {
		assertThat(extract("2023年共兑现各类人才政策资金2.16亿元")).extracting(Measure::instrument, Measure::amountYuan)
			.containsExactly(tuple("资助", 216_000_000L));
		assertThat(extract("将模具行业作为首批试点细分行业，争取中央财政资金4200万元")).extracting(Measure::amountYuan)
			.containsExactly(42_000_000L);
		assertThat(extract("2022年全市共发放创新券1200余张，兑付金额386万元")).extracting(Measure::amountYuan)
			.containsExactly(3_860_000L);
		assertThat(extract("2023年全市享受研发费用加计扣除的企业1326家，减免税额9.8亿元")).extracting(Measure::instrument,
				Measure::amountYuan)
			.containsExactly(tuple("减税", 980_000_000L));
	}

	@Test
	void ignoresAmountsWithoutAnInstrument() {
		assertThat(extract("至目前授信科技企业8家，累计发放贷款2460万元")).isEmpty();
		assertThat(extract("2021年共引进长三角地区项目资金84.8亿元")).isEmpty();
	}

	@Test
	void joinsARateWithTheCapOfTheFollowingPart() {
		assertThat(extract("对企业实施数字化智能化改造项目，按设备和软件投入的20%给予补助，单个项目最高500万元"))
			.extracting(Measure::instrument, Measure::amountYuan, Measure::ratePercent)
			.containsExactly(tuple("补助", 5_000_000L, 20.0));
		assertThat(extract("按同期贷款市场报价利率的50%给予贴息，贴息期限最长2年，单个企业年度贴息最高不超过200万元"))
			.extracting(Measure::instrument, Measure::amountYuan, Measure::ratePercent)
			.containsExactly(tuple("贴息", 2_000_000L, 50.0));
	}

	@Test
	void leavesOutInvestmentThresholdsOfTieredSubsidies() {
		assertThat(extract("按照设备投资额分档给予补助：设备投资额500万元至2000万元（含）的，按设备投资额的5%给予最高100万元补助"))
			.extracting(Measure::amountYuan, Measure::ratePercent)
			.containsExactly(tuple(1_000_000L, 5.0));
		assertThat(extract("对列入市重大产业项目库、固定资产投资额在10亿元以上的先进制造业项目，按实际设备投资额的6%给予补助"))
			.extracting(Measure::amountYuan, Measure::ratePercent)
			.containsExactly(tuple(null, 6.0));
	}

	@Test
	void readsTiersSeparatedByAsciiCommas() {
		assertThat(extract("对动力装备企业实施技术改造的,按设备投资额的8%,10%,12%分别给予最高300万元,400万元,500万元奖励"))
			.extracting(Measure::amountYuan, Measure::ratePercent)
			.containsExactly(tuple(3_000_000L, 8.0), tuple(4_000_000L, 10.0), tuple(5_000_000L, 12.0));
	}

	@Test
	void givesOneRentExemptionWithItsCap() {
		assertThat(extract("给予前三年免租，免租面积最高不超过500平方米，单个企业每年免租金额最高30万元"))
			.extracting(Measure::instrument, Measure::amountYuan)
			.containsExactly(tuple("免租", 300_000L));
	}

	@Test
	void readsFundsNamedBySpecialFundsAndRewardSubsidies() {
		assertThat(extract("获得省级专项资金支持1000万元")).extracting(Measure::instrument, Measure::amountYuan)
			.containsExactly(tuple("资助", 10_000_000L));
		assertThat(extract("全年累计兑现技改奖补资金3.6亿元")).extracting(Measure::instrument, Measure::amountYuan)
			.containsExactly(tuple("补助", 360_000_000L));
	}

	@Test
	void keepsAmountsInDollarsApart() {
		assertThat(extract("引进外资500万美元以上的项目，给予奖励20万元")).extracting(Measure::amountYuan)
			.containsExactly(200_000L);
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

package org.policygraph.extraction.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.extraction.DocumentMetadata;
import org.policygraph.extraction.jsonl.Annotations;
import org.policygraph.extraction.jsonl.GoldJsonLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.extraction.EntityType.ENTERPRISE;
import static org.policygraph.extraction.EntityType.INDUSTRY;
import static org.policygraph.extraction.EntityType.PARK;
import static org.policygraph.extraction.EntityType.PROGRAMME;
import static org.policygraph.extraction.EntityType.REGION;
import static org.policygraph.extraction.RelationType.IN_INDUSTRY;
import static org.policygraph.extraction.RelationType.LOCATED_IN;
import static org.policygraph.extraction.RelationType.PARTNERS_WITH;
import static org.policygraph.extraction.RelationType.TARGETS;
import static org.policygraph.extraction.evaluation.TestDocument.doc;
import static org.policygraph.extraction.evaluation.TestDocument.set;

class EvaluatorTests {

	private final Evaluator evaluator = new Evaluator();

	@Test
	void scoresTheGoldAgainstItselfAsPerfect() {
		Map<String, Annotations> gold = GoldJsonLines.read(Path.of("src/test/resources/gold"));
		EvaluationReport report = this.evaluator.evaluate(gold, gold);
		report.perType().forEach((type, score) -> assertPerfect(score));
		assertPerfect(report.coreMicro());
		assertPerfect(report.allMicro());
		assertPerfect(report.relations());
		assertPerfect(report.measures());
		assertThat(report.allMicro().gold()).isEqualTo(336);
		assertThat(report.relations().gold()).isEqualTo(47);
		assertThat(report.measures().gold()).isEqualTo(29);
		assertThat(report.metadataAccuracy()).isEqualTo(new Accuracy(35, 35));
		assertThat(report.documents()).isEqualTo(5);
		assertThat(report.mistakes()).isEmpty();
	}

	@Test
	void matchesEntitiesOnAnyNameOrAliasOfTheSameType() {
		EvaluationReport report = this.evaluator.evaluate(
				set(doc("d1").entity(ENTERPRISE, "公牛电器", "公牛").entity(ENTERPRISE, "凯波集团")),
				set(doc("d1").entity(ENTERPRISE, "公牛").entity(ENTERPRISE, "公牛集团", "公牛电器").entity(INDUSTRY, "公牛")));
		assertThat(report.perType().get(ENTERPRISE)).isEqualTo(new Score(2, 2, 1, 2));
		assertThat(report.perType().get(ENTERPRISE).precision()).isEqualTo(1.0);
		assertThat(report.perType().get(ENTERPRISE).recall()).isEqualTo(0.5);
		assertThat(report.perType().get(INDUSTRY)).isEqualTo(new Score(0, 1, 0, 0));
		assertThat(report.perType().get(INDUSTRY).f1()).isZero();
		assertThat(report.coreMicro()).isEqualTo(new Score(2, 3, 1, 2));
	}

	@Test
	void countsDuplicatePredictionsOnce() {
		EvaluationReport report = this.evaluator.evaluate(
				set(doc("d1").entity(ENTERPRISE, "凯波集团").entity(ENTERPRISE, "公牛电器")),
				set(doc("d1").entity(ENTERPRISE, "凯波集团")
					.entity(ENTERPRISE, "凯波集团")
					.entity(ENTERPRISE, "“凯波集团”")
					.entity(ENTERPRISE, "凯波 集团")));
		assertThat(report.perType().get(ENTERPRISE)).isEqualTo(new Score(1, 1, 1, 2));
		assertThat(report.perType().get(ENTERPRISE).f1()).isEqualTo(2 * 1.0 * 0.5 / 1.5);
	}

	@Test
	void comparesNamesWithoutQuotesBracketsWhitespaceAndWidthOrCase() {
		EvaluationReport report = this.evaluator.evaluate(
				set(doc("d1").entity(PROGRAMME, "“企业上云”行动计划")
					.entity(PROGRAMME, "慈溪市优化产业政策若干意见", "意见")
					.entity(ENTERPRISE, "ABC科技")),
				set(doc("d1").entity(PROGRAMME, "企业上云行动计划")
					.entity(PROGRAMME, "《慈溪市优化产业政策若干意见》")
					.entity(ENTERPRISE, "ＡＢＣ 科技")));
		assertThat(report.perType().get(PROGRAMME)).isEqualTo(new Score(2, 2, 2, 2));
		assertThat(report.perType().get(ENTERPRISE)).isEqualTo(new Score(1, 1, 1, 1));
		assertThat(report.mistakes()).isEmpty();
	}

	@Test
	void matchesRelationsThroughEntityAliasesAndPartnershipsInEitherDirection() {
		TestDocument gold = relationEntities(doc("d1")).entity(ENTERPRISE, "公牛电器", "公牛")
			.entity(INDUSTRY, "家电", "家电产业")
			.relation(PARTNERS_WITH, ENTERPRISE, "腾能智能", ENTERPRISE, "凯波集团")
			.relation(IN_INDUSTRY, ENTERPRISE, "公牛电器", INDUSTRY, "家电")
			.relation(LOCATED_IN, PARK, "横河镇东工业园区", REGION, "横河镇");
		TestDocument predicted = relationEntities(doc("d1")).entity(ENTERPRISE, "公牛")
			.entity(INDUSTRY, "家电产业")
			.relation(PARTNERS_WITH, ENTERPRISE, "凯波集团", ENTERPRISE, "腾能智能")
			.relation(PARTNERS_WITH, ENTERPRISE, "腾能智能", ENTERPRISE, "凯波集团")
			.relation(IN_INDUSTRY, ENTERPRISE, "公牛", INDUSTRY, "家电产业")
			.relation(LOCATED_IN, REGION, "横河镇", PARK, "横河镇东工业园区");
		EvaluationReport report = this.evaluator.evaluate(set(gold), set(predicted));
		assertThat(report.relations()).isEqualTo(new Score(2, 3, 2, 3));
		assertThat(report.relationsPerType()).containsEntry(PARTNERS_WITH, new Score(1, 1, 1, 1))
			.containsEntry(IN_INDUSTRY, new Score(1, 1, 1, 1))
			.containsEntry(LOCATED_IN, new Score(0, 1, 0, 1))
			.containsEntry(TARGETS, Score.NONE);
		assertThat(report.table()).contains(String.format("%-16s %6s %6s %6s %8s %10s %8s %6s%n", "  LOCATED_IN",
				"0.000", "0.000", "0.000", 0, 1, 0, 1));
		assertThat(report.errors()).isEqualTo("""
				d1
				  relations
				    false positive: LOCATED_IN Region 横河镇 -> Park 横河镇东工业园区
				    miss: LOCATED_IN Park 横河镇东工业园区 -> Region 横河镇
				""");
	}

	@Test
	void matchesMeasuresOneToOneOnAmountThenRateThenInstrument() {
		EvaluationReport report = this.evaluator.evaluate(
				set(doc("d1").measure("奖励", 2_000_000L, 4.0)
					.measure("奖励", 2_000_000L, null)
					.measure("资助", null, 120.0)
					.measure("补助", null, null)),
				set(doc("d1").measure("奖励", 2_000_000L, null)
					.measure("奖励", 2_000_000L, null)
					.measure("奖励", 2_000_000L, null)
					.measure("补贴", null, 120.0)
					.measure("补助", null, null)
					.measure("奖励", null, null)));
		assertThat(report.measures()).isEqualTo(new Score(4, 6, 4, 4));
		assertThat(report.measures().precision()).isEqualTo(4.0 / 6);
	}

	@Test
	void findsTheLargestMeasureMatchingWhateverTheOrder() {
		EvaluationReport report = this.evaluator.evaluate(
				set(doc("d1").measure("奖励", null, 4.0).measure("奖励", 100L, null)),
				set(doc("d1").measure("奖励", 100L, 4.0).measure("奖励", null, 4.0)));
		assertThat(report.measures()).isEqualTo(new Score(2, 2, 2, 2));
	}

	@Test
	void comparesMetadataFieldsAfterNormalisationWithNullEqualToNull() {
		DocumentMetadata gold1 = new DocumentMetadata("对市十七届人大一次会议第239号建议的答复", null, "慈经信建〔2017〕5号",
				LocalDate.of(2017, 7, 3), 239, "胡国锋", null);
		DocumentMetadata predicted1 = new DocumentMetadata("对市十七届人大一次会议第239号建议的答复", null, "慈经信建[2017]5号",
				LocalDate.of(2017, 7, 3), 240, null, null);
		DocumentMetadata gold2 = new DocumentMetadata("答复", "慈溪市科学技术局", null, null, 166, "童建立", null);
		EvaluationReport report = this.evaluator.evaluate(set(doc("d1").metadata(gold1), doc("d2").metadata(gold2)),
				set(doc("d1").metadata(predicted1), doc("d2")));
		assertThat(report.metadataAccuracy()).isEqualTo(new Accuracy(8, 14));
		assertThat(report.errors()).startsWith("""
				d1
				  metadata
				    mismatch: suggestion_no: predicted 240, gold 239
				    mismatch: delegate: predicted null, gold 胡国锋
				d2
				""");
	}

	@Test
	void ignoresPredictedDocumentsThatAreNotInTheGoldAndReportsThem() {
		EvaluationReport report = this.evaluator.evaluate(
				set(doc("d1").entity(ENTERPRISE, "公牛电器"), doc("d2").entity(ENTERPRISE, "凯波集团")),
				set(doc("d1").entity(ENTERPRISE, "公牛电器"), doc("x9").entity(ENTERPRISE, "凯波集团")));
		assertThat(report.perType().get(ENTERPRISE)).isEqualTo(new Score(1, 1, 1, 2));
		assertThat(report.ignoredDocuments()).containsExactly("x9");
		assertThat(report.documents()).isEqualTo(2);
		assertThat(report.table()).contains("predicted documents not in the gold, ignored: 1 (x9)");
	}

	@Test
	void rendersTableRowsAndErrorListing() {
		EvaluationReport report = this.evaluator.evaluate(
				set(doc("d1").entity(ENTERPRISE, "公牛电器", "公牛").entity(ENTERPRISE, "凯波集团")),
				set(doc("d1").entity(ENTERPRISE, "公牛").entity(INDUSTRY, "公牛")));
		assertThat(report.table()).contains(
				"                      P      R     F1  correct  predicted  matched   gold",
				"Enterprise        1.000  0.500  0.667        1          1        1      2",
				"Industry          0.000  0.000  0.000        0          1        0      0",
				"core micro        0.500  0.500  0.500        1          2        1      2",
				"Agency            1.000  1.000  1.000        0          0        0      0",
				"  TARGETS         1.000  1.000  1.000        0          0        0      0",
				"metadata accuracy 1.000 (0 of 0 fields)");
		assertThat(report.errors()).isEqualTo("""
				d1
				  Enterprise
				    miss: 凯波集团
				  Industry
				    false positive: 公牛
				""");
	}

	@Test
	void scoresEachDocumentOnItsOwnInDocumentOrder() {
		EvaluationReport report = this.evaluator.evaluate(
				set(doc("d2").entity(ENTERPRISE, "凯波集团"), doc("d1").entity(ENTERPRISE, "公牛电器", "公牛")),
				set(doc("d2").entity(ENTERPRISE, "凯波集团"), doc("d1").entity(INDUSTRY, "公牛")));
		assertThat(report.byDocument()).extracting(DocumentFigures::doc).containsExactly("d1", "d2");
		assertThat(report.byDocument().get(0).core()).isEqualTo(new Score(0, 1, 0, 1));
		assertThat(report.byDocument().get(1).core().f1()).isEqualTo(1.0);
		assertThat(report.documentTable()).contains("F1 by document", "d1  ", "d2  ")
			.containsPattern("d2 +1\\.000 +1\\.000");
	}

	private static TestDocument relationEntities(TestDocument document) {
		return document.entity(ENTERPRISE, "腾能智能")
			.entity(ENTERPRISE, "凯波集团")
			.entity(PARK, "横河镇东工业园区")
			.entity(REGION, "横河镇");
	}

	private static void assertPerfect(Score score) {
		assertThat(score.precision()).isEqualTo(1.0);
		assertThat(score.recall()).isEqualTo(1.0);
		assertThat(score.f1()).isEqualTo(1.0);
	}

}

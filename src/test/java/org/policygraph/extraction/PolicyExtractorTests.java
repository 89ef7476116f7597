package org.policygraph.extraction;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policygraph.document.DocumentReader;
import org.policygraph.document.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyExtractorTests {

	private static final PolicyExtractor EXTRACTOR = new PolicyExtractor();

	private final SourceDocument reply = new DocumentReader().read(Path.of("import/001_e4f206c805cd707a.txt"));

	@Test
	void extractsEntitiesRelationsMeasuresAndMetadataOfASeed() {
		ExtractedDocument document = EXTRACTOR.extract(this.reply);
		assertThat(document.documentId()).isEqualTo("001_e4f206c805cd707a");
		assertThat(document.contentHash()).isEqualTo(this.reply.contentHash());
		assertThat(document.metadata().docNumber()).isEqualTo("慈经信建〔2017〕5号");
		assertThat(document.entities()).extracting(Entity::ref)
			.contains(new EntityRef(EntityType.TALENT_SCHEME, "上林英才计划"), new EntityRef(EntityType.ENTERPRISE, "国星集团"),
					new EntityRef(EntityType.INDUSTRY, "医疗器械"), new EntityRef(EntityType.PARK, "上林英才创业园"));
		assertThat(document.measures()).extracting(Measure::amountYuan).contains(2_000_000L, 21_350_000L, 2_000L);
		assertThat(document.relations()).isNotEmpty();
	}

	@Test
	void pointsEveryEvidenceAtItsSentenceInTheText() {
		ExtractedDocument document = EXTRACTOR.extract(this.reply);
		String text = this.reply.text();
		document.relations().forEach((relation) -> assertThat(textAt(text, relation.evidence()))
			.isEqualTo(relation.evidence().sentence()));
		document.measures().forEach((measure) -> assertThat(textAt(text, measure.evidence()))
			.isEqualTo(measure.evidence().sentence()));
	}

	@Test
	void refersRelationsAndMeasuresOnlyToExtractedEntities() {
		SourceDocument table = new DocumentReader()
			.read(Path.of("src/test/resources/extra/docs/x03_rated_parks_notice.txt"));
		for (ExtractedDocument document : List.of(EXTRACTOR.extract(this.reply), EXTRACTOR.extract(table))) {
			List<EntityRef> refs = document.entities().stream().map(Entity::ref).toList();
			document.relations().forEach((relation) -> assertThat(refs).contains(relation.source(), relation.target()));
			document.measures().forEach((measure) -> assertThat(refs).containsAll(measure.targets()));
		}
	}

	@Test
	void givesMeasuresThatNameNoTargetTheProgrammeOfTheirNumberedHeading() {
		String text = "第五条 实施“专精特新”中小企业培育行动。\n对年度评价为优秀、良好、合格的培育企业，"
				+ "分别给予100万元、30万元、10万元奖励。\n";
		ExtractedDocument document = EXTRACTOR.extract(new SourceDocument("x", Path.of("x.txt"), text, "0"));
		assertThat(document.measures()).extracting(Measure::amountYuan).containsExactly(1_000_000L, 300_000L, 100_000L);
		assertThat(document.measures()).allSatisfy((measure) -> assertThat(measure.targets())
			.containsExactly(new EntityRef(EntityType.PROGRAMME, "专精特新中小企业培育行动")));
	}

	@Test
	void extractsTheSameFromSeveralThreadsAtOnce() throws Exception {
		ExtractedDocument expected = EXTRACTOR.extract(this.reply);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<ExtractedDocument>> results = threads.invokeAll(
					List.of(() -> EXTRACTOR.extract(this.reply), () -> EXTRACTOR.extract(this.reply),
							() -> EXTRACTOR.extract(this.reply), () -> EXTRACTOR.extract(this.reply)));
			for (Future<ExtractedDocument> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			threads.shutdown();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "x", "。。。", "《未闭合的标题", "“”“”", "Policy text in English, 2021.", "、、等3家企业",
			"对市会议第号建议的答复\n代表：\n", "给予不超过万元、亿元的奖励", "（（（）））与与共建", "我市与",
			"\n\n\n   \n", "1.2.3.4%、5%" })
	void extractsOddTextWithoutFailing(String text) {
		ExtractedDocument document = EXTRACTOR.extract(new SourceDocument("odd", Path.of("odd.txt"), text, "0"));
		assertThat(document.documentId()).isEqualTo("odd");
		document.measures().forEach((measure) -> assertThat(textAt(text, measure.evidence()))
			.isEqualTo(measure.evidence().sentence()));
	}

	private static String textAt(String text, Evidence evidence) {
		return text.substring(evidence.start(), evidence.end());
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoordinatedSectorRecogniserTests {

	private final CoordinatedSectorRecogniser recogniser = new CoordinatedSectorRecogniser(Sentences.LEXICONS);

	@Test
	void readsProductsListedWithASectorWordAsSectors() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("广德经开区已集聚电子电路企业110余家，覆铜板、印制电路板、电子化学品上下游配套齐全。"));
		assertThat(Sentences.names(mentions)).containsExactly("覆铜板", "印制电路板");
	}

	@Test
	void splitsTheLastMemberAt和AndLeavesLexiconWordsToIndustryRecogniser() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("但同时也存在青年技术工人流失率较高、陶瓷和紫砂等传统工艺后继乏人等问题。"));
		assertThat(Sentences.names(mentions)).containsExactly("紫砂");
	}

	@Test
	void keepsTheModifiersOfEachProduct() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("支持企业开展再生塑料、可降解塑料研发和应用，相关产品已实现小批量生产。"));
		assertThat(Sentences.names(mentions)).containsExactly("再生塑料", "可降解塑料");
	}

	@Test
	void takesNoPartiesOrDataForSectors() {
		assertThat(this.recogniser.recognise(Sentences.analyse("宜兴技师学院与远澜环保、宏力线缆共建“环保装备产业学院”。")))
			.isEmpty();
		assertThat(this.recogniser.recognise(Sentences.analyse("搭建平台，汇聚企业生产、能耗、物流等数据。"))).isEmpty();
	}

}

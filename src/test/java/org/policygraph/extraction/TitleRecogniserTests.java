package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleRecogniserTests {

	private final TitleRecogniser recogniser = new TitleRecogniser(Sentences.LEXICONS);

	@Test
	void recognisesTitledDocumentAsProgrammeWithQuotesStripped() {
		AnalysedSentence sentence = Sentences.analyse("出台《慈溪市“科技独角兽”企业培育行动计划（2021—2025）》，建立培育库。");
		List<Mention> mentions = this.recogniser.recognise(sentence);
		assertThat(mentions).singleElement().satisfies((mention) -> {
			assertThat(mention.type()).isEqualTo(EntityType.PROGRAMME);
			assertThat(mention.name()).isEqualTo("慈溪市科技独角兽企业培育行动计划（2021—2025）");
			assertThat(sentence.slice(mention.start(), mention.end())).startsWith("《").endsWith("》");
		});
	}

	@Test
	void takesTheShortFormIntroducedBy下称AsAlias() {
		AnalysedSentence sentence = Sentences
			.analyse("市委市政府印发了《慈溪市优化产业政策促进产业转型发展的若干政策意见》（下称“意见”），《意见》确定了方向。");
		List<Mention> mentions = this.recogniser.recognise(sentence);
		assertThat(mentions).hasSize(2);
		assertThat(mentions.get(0).aliases()).containsExactly("意见");
		assertThat(mentions.get(1).name()).isEqualTo("意见");
	}

	@Test
	void skipsTheDelegatesSuggestion() {
		AnalysedSentence sentence = Sentences.analyse("您在市十七届人大一次会议期间提出的《关于加快发展制造业的建议》（第239号建议）收悉。");
		assertThat(this.recogniser.recognise(sentence)).isEmpty();
	}

	@Test
	void skipsACompilationOfPolicies() {
		AnalysedSentence sentence = Sentences.analyse("按主题制作《慈溪市惠企政策汇编》电子书，依托服务热线推送。");
		assertThat(this.recogniser.recognise(sentence)).isEmpty();
	}

	@Test
	void typesADocumentAboutTalentAsAProgramme() {
		AnalysedSentence sentence = Sentences
			.analyse("2023年，市委市政府出台《乐清市高层次人才引进培养若干政策》（简称“人才新政30条”），全面升级人才计划。");
		assertThat(this.recogniser.recognise(sentence)).extracting(Mention::type).containsExactly(EntityType.PROGRAMME);
	}

}

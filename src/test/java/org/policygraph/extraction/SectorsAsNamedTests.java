package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectorsAsNamedTests {

	private final MentionRecognition recognition = new MentionRecognition(Sentences.LEXICONS);

	@Test
	void keepsTheModifiersTheDocumentNamesASectorWith() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"拟认定企业主要集中在半导体、精密制造、健康医药、新材料等重点产业，其中半导体领域4家、健康医药领域3家。"));
		assertThat(Sentences.names(mentions.get(0), EntityType.INDUSTRY)).contains("健康医药").doesNotContain("医药");
	}

	@Test
	void leavesASectorTheDocumentNamesOnlyBareAlone() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"重点发展生物医药产业。医药产业规模持续扩大。"));
		assertThat(Sentences.names(mentions.get(1), EntityType.INDUSTRY)).containsExactly("医药");
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TradeNameShortFormsTests {

	private final MentionRecognition recognition = new MentionRecognition(Sentences.LEXICONS);

	@Test
	void readsATradeNameAndTheStartOfTheBusinessAsTheFirm() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"支持浙江瑞丰制动系统股份有限公司、瑞安市安驰电机有限公司等龙头企业兼并重组。其中，瑞丰制动主攻商用车制动系统，安驰电机主攻汽车电子。"));
		List<Mention> firms = mentions.get(1).stream().filter((mention) -> mention.type() == EntityType.ENTERPRISE).toList();
		assertThat(firms).extracting(Mention::name)
			.containsExactly("浙江瑞丰制动系统股份有限公司", "瑞安市安驰电机有限公司");
		assertThat(firms).flatExtracting(Mention::aliases).containsExactly("瑞丰制动", "安驰电机");
	}

	@Test
	void readsATradeNameBeforeGroupAsTheGroup() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"支持浙江鸿跃汽车部件集团有限公司扩大产能。鸿跃集团主攻新能源汽车热管理。"));
		assertThat(Sentences.names(mentions.get(1), EntityType.ENTERPRISE)).containsExactly("浙江鸿跃汽车部件集团有限公司");
	}

	@Test
	void takesNoCommonWordThatStartsAFirmsNameForItsShortForm() {
		List<List<Mention>> mentions = this.recognition.recognise(Sentences.analyseAll(
				"江山市产业平台开发建设集团有限公司负责运营。全市产业平台建设加快推进。"));
		assertThat(Sentences.names(mentions.get(1), EntityType.ENTERPRISE)).isEmpty();
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTests {

	private final SentenceSplitter splitter = new SentenceSplitter();

	@Test
	void splitsAtFullStopsAndLineBreaksWithOffsets() {
		String text = "一、加强政策规划引导\n一是加强政策支持和引导。出台《慈溪市推进企业“四上”行动方案》。";
		List<Sentence> sentences = this.splitter.split(text);
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("一、加强政策规划引导", "一是加强政策支持和引导。", "出台《慈溪市推进企业“四上”行动方案》。");
		sentences.forEach((sentence) -> assertThat(text.substring(sentence.start(), sentence.end()))
			.isEqualTo(sentence.text()));
	}

	@Test
	void splitsAtAsciiFullStopsButNotInsideNumbers() {
		String text = "(二)优化产业政策.全年累计兑现技改奖补资金3.6亿元,支持企业技改项目186个.最后,再次感谢!";
		assertThat(this.splitter.split(text)).extracting(Sentence::text)
			.containsExactly("(二)优化产业政策.", "全年累计兑现技改奖补资金3.6亿元,支持企业技改项目186个.", "最后,再次感谢!");
	}

	@Test
	void splitsClausesAtAsciiSemicolons() {
		Sentence sentence = new Sentence("给予前两年免租,第三年租金减半;对园区运营主体给予补助.", 0, 27);
		assertThat(this.splitter.clauses(sentence)).extracting(Sentence::text)
			.containsExactly("给予前两年免租,第三年租金减半;", "对园区运营主体给予补助.");
	}

	@Test
	void keepsSemicolonsInsideTheSentence() {
		String text = "加强对周巷、观海卫等慈溪智能家电小镇建设，推动智能家电产业发展；快速推进环杭州湾创新中心息壤小镇建设。";
		assertThat(this.splitter.split(text)).hasSize(1);
	}

	@Test
	void trimsIndentationAndKeepsOffsetsTrue() {
		String text = "  最后，再次感谢您对我们科技工作的关心和支持！\n\n慈溪市科学技术局\n";
		List<Sentence> sentences = this.splitter.split(text);
		assertThat(sentences).extracting(Sentence::text).containsExactly("最后，再次感谢您对我们科技工作的关心和支持！",
				"慈溪市科学技术局");
		assertThat(sentences.get(0).start()).isEqualTo(2);
		assertThat(text.substring(sentences.get(1).start(), sentences.get(1).end())).isEqualTo("慈溪市科学技术局");
	}

	@Test
	void splitsClausesAtSemicolonsInDocumentOffsets() {
		String text = "前言。对入选“上林英才”计划的创业人才，给予最高1000万元的创业经费支持，最高1000平方米、最长三年的免租创业场地或租金补助；二是搭建平台。";
		Sentence sentence = this.splitter.split(text).get(1);
		List<Sentence> clauses = this.splitter.clauses(sentence);
		assertThat(clauses).hasSize(2);
		assertThat(clauses.get(1).text()).isEqualTo("二是搭建平台。");
		assertThat(text.substring(clauses.get(1).start(), clauses.get(1).end())).isEqualTo("二是搭建平台。");
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.policygraph.extraction.hanlp.Segmenter;
import org.policygraph.extraction.hanlp.Token;

/** Segments a document once and splits it into sentences, each with its own tokens (needs text, adds sentences). */
class SentenceAnalyser {

	private final Segmenter segmenter;

	private final SentenceSplitter splitter;

	SentenceAnalyser(Segmenter segmenter, SentenceSplitter splitter) {
		this.segmenter = segmenter;
		this.splitter = splitter;
	}

	/** Analyses the text with ASCII punctuation folded to full width (offsets are those of the original text). */
	List<AnalysedSentence> analyse(String original) {
		String text = AsciiPunctuation.fold(original);
		List<Token> tokens = this.segmenter.segment(text);
		return this.splitter.split(text).stream().map((sentence) -> new AnalysedSentence(sentence, tokens.stream()
			.filter((token) -> token.offset() >= sentence.start() && token.end() <= sentence.end())
			.toList())).toList();
	}

}

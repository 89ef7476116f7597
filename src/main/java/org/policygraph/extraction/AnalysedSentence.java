package org.policygraph.extraction;

import java.util.List;

import org.policygraph.extraction.hanlp.Token;

/**
 * A sentence with its tokens, offsets in document coordinates.
 *
 * @param sentence the sentence
 * @param tokens its words in order
 */
record AnalysedSentence(Sentence sentence, List<Token> tokens) {

	AnalysedSentence {
		tokens = List.copyOf(tokens);
	}

	String text() {
		return this.sentence.text();
	}

	int start() {
		return this.sentence.start();
	}

	/**
	 * The sentence as the document writes it: analysis saw ASCII punctuation folded to full width, but relations and
	 * measures read the written text, so that their evidence quotes the document verbatim.
	 */
	Sentence asWritten(String documentText) {
		return new Sentence(documentText.substring(start(), this.sentence.end()), start(), this.sentence.end());
	}

	/** The document text between two document offsets, which must lie in this sentence. */
	String slice(int start, int end) {
		return this.sentence.text().substring(start - this.sentence.start(), end - this.sentence.start());
	}

	/** Index of the token that covers the document offset, or -1. */
	int tokenAt(int offset) {
		for (int i = 0; i < this.tokens.size(); i++) {
			Token token = this.tokens.get(i);
			if (token.offset() <= offset && offset < token.end()) {
				return i;
			}
		}
		return -1;
	}

}

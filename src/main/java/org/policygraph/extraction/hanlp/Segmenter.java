package org.policygraph.extraction.hanlp;

import java.util.List;
import java.util.Map;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;

/**
 * Splits Chinese text into {@link Token tokens} with HanLP's Viterbi segmenter, place and organisation recognition
 * switched on, and a custom dictionary of our own lexicon words; thread-safe once constructed.
 */
public class Segmenter {

	private static final int CUSTOM_WORD_FREQUENCY = 1000;

	private final Segment segment;

	/**
	 * Builds the segmenter; the dictionary is filled here once and never changed afterwards.
	 * @param customWords words to keep whole, each with its part-of-speech tag ({@code ns}, {@code nz}, {@code n} …)
	 */
	public Segmenter(Map<String, String> customWords) {
		// HanLP's bundled custom dictionary, with our lexicon words on top.
		DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
		customWords.forEach((word, tag) -> dictionary.insert(word, tag + " " + CUSTOM_WORD_FREQUENCY));
		this.segment = HanLP.newSegment("viterbi")
			.enableCustomDictionary(dictionary)
			.enablePlaceRecognize(true)
			.enableOrganizationRecognize(true)
			.enableOffset(true);
	}

	public List<Token> segment(String text) {
		return this.segment.seg(text)
			.stream()
			.map((term) -> new Token(term.word, String.valueOf(term.nature), term.offset))
			.toList();
	}

}

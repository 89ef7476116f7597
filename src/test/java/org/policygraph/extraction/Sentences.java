package org.policygraph.extraction;

import java.util.List;

import org.policygraph.extraction.hanlp.Segmenter;

/** Analyses test sentences with the real lexicons and the real HanLP segmenter, loaded once per test JVM. */
final class Sentences {

	static final Lexicons LEXICONS = Lexicons.load();

	private static final SentenceAnalyser ANALYSER = new SentenceAnalyser(new Segmenter(LEXICONS.segmenterWords()),
			new SentenceSplitter());

	private static final MentionRecognition RECOGNITION = new MentionRecognition(LEXICONS);

	private Sentences() {
	}

	/** The sentence with its mentions recognised and resolved to entities, 我市 standing for {@code home}. */
	static MentionedSentence mentioned(String text, EntityRef home) {
		AnalysedSentence sentence = analyse(text);
		List<Mention> mentions = RECOGNITION.recognise(sentence);
		AliasMerger.Resolution resolution = new AliasMerger().merge(mentions);
		return new MentionedSentence(sentence.sentence(), mentions, resolution.refs(), home);
	}

	static AnalysedSentence analyse(String sentence) {
		List<AnalysedSentence> sentences = ANALYSER.analyse(sentence);
		return sentences.get(0);
	}

	static List<AnalysedSentence> analyseAll(String text) {
		return ANALYSER.analyse(text);
	}

	static List<String> names(List<Mention> mentions) {
		return mentions.stream().map(Mention::name).toList();
	}

	static List<String> names(List<Mention> mentions, EntityType type) {
		return mentions.stream().filter((mention) -> mention.type() == type).map(Mention::name).toList();
	}

}

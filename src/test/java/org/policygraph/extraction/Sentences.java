package org.policygraph.extraction;

import java.util.List;
import java.util.stream.IntStream;

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
		return new MentionedSentence(sentence.asWritten(text), mentions, resolution.refs(), home);
	}

	/** Every sentence of a text with its mentions, resolved to entities across the whole text. */
	static List<MentionedSentence> mentionedAll(String text) {
		List<AnalysedSentence> sentences = ANALYSER.analyse(text);
		List<List<Mention>> mentions = sentences.stream().map(RECOGNITION::recognise).toList();
		AliasMerger.Resolution resolution = new AliasMerger().merge(mentions.stream().flatMap(List::stream).toList());
		return IntStream.range(0, sentences.size())
			.mapToObj((i) -> new MentionedSentence(sentences.get(i).asWritten(text), mentions.get(i),
					resolution.refs(), null))
			.toList();
	}

	/** Every sentence of a whole document with its mentions, tables and notice titles read across sentences. */
	static List<MentionedSentence> mentionedDocument(String text) {
		List<AnalysedSentence> sentences = ANALYSER.analyse(text);
		List<List<Mention>> mentions = RECOGNITION.recognise(sentences);
		AliasMerger.Resolution resolution = new AliasMerger().merge(mentions.stream().flatMap(List::stream).toList());
		return IntStream.range(0, sentences.size())
			.mapToObj((i) -> new MentionedSentence(sentences.get(i).asWritten(text), mentions.get(i),
					resolution.refs(), null))
			.toList();
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

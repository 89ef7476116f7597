package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the recognisers over each sentence in priority order, rule recognisers before the statistical one, and keeps
 * the mentions the {@link MentionResolver} lets stand (needs analysed sentences, adds mentions).
 */
class MentionRecognition {

	private final List<MentionRecogniser> recognisers;

	private final MentionResolver resolver = new MentionResolver();

	MentionRecognition(Lexicons lexicons) {
		this.recognisers = List.of(new TitleRecogniser(lexicons), new QuotedNameRecogniser(lexicons),
				new EnumerationRecogniser(lexicons), new HeadNounRecogniser(lexicons), new IndustryRecogniser(lexicons),
				new RegionRecogniser(lexicons), new PartnerRecogniser(lexicons));
	}

	List<Mention> recognise(AnalysedSentence sentence) {
		List<List<Mention>> byPriority = new ArrayList<>();
		this.recognisers.forEach((recogniser) -> byPriority.add(recogniser.recognise(sentence)));
		return this.resolver.resolve(byPriority);
	}

}

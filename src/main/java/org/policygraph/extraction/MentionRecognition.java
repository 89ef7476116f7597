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

	private final TableRecogniser tables;

	private final NoticeTitleRecogniser noticeTitles;

	private final DefinedShortForms shortForms = new DefinedShortForms();

	private final ParkShortForms parkShortForms;

	private final TradeNames tradeNames;

	private final OpeningAnaphors openingAnaphors = new OpeningAnaphors();

	MentionRecognition(Lexicons lexicons) {
		this.tables = new TableRecogniser(lexicons);
		this.parkShortForms = new ParkShortForms(lexicons);
		this.tradeNames = new TradeNames(lexicons);
		this.noticeTitles = new NoticeTitleRecogniser(lexicons);
		this.recognisers = List.of(new TitleRecogniser(lexicons), new HonourRecogniser(lexicons),
				new QuotedNameRecogniser(lexicons), new EnumerationRecogniser(lexicons), new HeadNounRecogniser(lexicons), new SectorListRecogniser(lexicons),
				new CoordinatedSectorRecogniser(lexicons), new IndustryRecogniser(lexicons),
				new RegionRecogniser(lexicons), new PartnerRecogniser(lexicons), new ListedFirmRecogniser(lexicons));
	}

	/**
	 * The mentions of each sentence of a document, in order; table rows are typed by their table's header, and the
	 * programme a notice publishes is found wherever the document names it.
	 */
	List<List<Mention>> recognise(List<AnalysedSentence> sentences) {
		List<List<Mention>> tableCells = this.tables.recognise(sentences);
		List<List<Mention>> published = this.noticeTitles.recognise(sentences);
		List<List<Mention>> mentions = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			List<Mention> documentLevel = new ArrayList<>(tableCells.get(i));
			documentLevel.addAll(published.get(i));
			mentions.add(new ArrayList<>(TableRecogniser.withoutSectorsInside(recognise(sentences.get(i), documentLevel),
					tableCells.get(i))));
		}
		this.shortForms.apply(sentences, mentions);
		SectorsAsNamed.apply(sentences, mentions);
		this.parkShortForms.apply(mentions);
		this.tradeNames.apply(sentences, mentions);
		this.openingAnaphors.apply(sentences, mentions);
		return mentions;
	}

	List<Mention> recognise(AnalysedSentence sentence) {
		return recognise(sentence, List.of());
	}

	private List<Mention> recognise(AnalysedSentence sentence, List<Mention> documentLevel) {
		List<List<Mention>> byPriority = new ArrayList<>();
		byPriority.add(documentLevel);
		this.recognisers.forEach((recogniser) -> byPriority.add(recogniser.recognise(sentence)));
		return this.resolver.resolve(byPriority);
	}

}

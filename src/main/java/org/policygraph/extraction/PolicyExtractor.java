package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.document.SourceDocument;
import org.policygraph.extraction.hanlp.Segmenter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts entities, relations, quantified measures and header facts from a policy document. The lexicons and
 * HanLP's dictionaries are loaded once, in the constructor; afterwards the extractor is thread-safe.
 */
public class PolicyExtractor {

	private static final Logger logger = LoggerFactory.getLogger(PolicyExtractor.class);

	private static final Set<EntityType> MEASURE_TARGETS = Set.of(EntityType.TALENT_SCHEME, EntityType.PROGRAMME,
			EntityType.PARK, EntityType.INDUSTRY, EntityType.ENTERPRISE);

	private final MetadataExtractor metadataExtractor = new MetadataExtractor();

	private final SentenceSplitter splitter = new SentenceSplitter();

	private final SentenceAnalyser analyser;

	private final MentionRecognition recognition;

	private final AliasMerger aliasMerger;

	private final RelationExtractor relationExtractor = new RelationExtractor();

	private final MeasureExtractor measureExtractor = new MeasureExtractor();

	private final TableRelations tableRelations;

	/** An extractor with every alias rule on. */
	public PolicyExtractor() {
		this(AliasRules.ALL);
	}

	/** @param aliasRules which merges of different names into one entity are allowed */
	public PolicyExtractor(AliasRules aliasRules) {
		this.aliasMerger = new AliasMerger(aliasRules);
		Lexicons lexicons = Lexicons.load();
		this.analyser = new SentenceAnalyser(new Segmenter(lexicons.segmenterWords()), this.splitter);
		this.recognition = new MentionRecognition(lexicons);
		this.tableRelations = new TableRelations(lexicons);
	}

	public ExtractedDocument extract(SourceDocument document) {
		DocumentMetadata metadata = this.metadataExtractor.extract(document.text());
		List<AnalysedSentence> sentences = this.analyser.analyse(document.text());
		List<List<Mention>> mentions = this.recognition.recognise(sentences);
		AliasMerger.Resolution resolution = this.aliasMerger.merge(mentions.stream().flatMap(List::stream).toList());
		EntityRef home = HomeRegion.of(metadata, resolution.entities());
		EntityRef author = DocumentAuthor.of(metadata, resolution.entities());
		List<MentionedSentence> mentioned = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			Sentence written = sentences.get(i).asWritten(document.text());
			mentioned.add(new MentionedSentence(written, mentions.get(i), resolution.refs(), home, author));
		}
		RelationEndpoints settled = RelationEndpoints.settle(resolution.entities(), relations(mentioned, document.id()));
		ExtractedDocument extracted = new ExtractedDocument(document.id(), document.contentHash(), metadata,
				settled.entities(), settled.relations(), measures(mentioned, document.id()), resolution.merges());
		logger.debug("Extracted {}: {} sentences, {} entities, {} relations, {} measures", document.id(),
				sentences.size(), extracted.entities().size(), extracted.relations().size(), extracted.measures().size());
		return extracted;
	}

	private List<Relation> relations(List<MentionedSentence> sentences, String documentId) {
		Map<List<Object>, Relation> relations = new LinkedHashMap<>();
		for (MentionedSentence sentence : sentences) {
			for (Relation relation : this.relationExtractor.extract(sentence, documentId)) {
				relations.putIfAbsent(key(relation), relation);
			}
		}
		this.tableRelations.extract(sentences, documentId)
			.forEach((relation) -> relations.putIfAbsent(key(relation), relation));
		return List.copyOf(relations.values());
	}

	private static List<Object> key(Relation relation) {
		boolean swap = relation.type().isUndirected()
				&& relation.source().toString().compareTo(relation.target().toString()) > 0;
		return swap ? List.of(relation.type(), relation.target(), relation.source())
				: List.of(relation.type(), relation.source(), relation.target());
	}

	/** Measures of each clause, for what the clause names, else for what its numbered heading names. */
	private List<Measure> measures(List<MentionedSentence> sentences, String documentId) {
		List<Measure> measures = new ArrayList<>();
		List<EntityRef> headingTargets = List.of();
		for (MentionedSentence sentence : sentences) {
			if (NumberedHeading.is(sentence.sentence().text())) {
				headingTargets = targets(sentence, sentence.sentence());
			}
			for (Sentence clause : this.splitter.clauses(sentence.sentence())) {
				List<EntityRef> targets = targets(sentence, clause);
				measures.addAll(this.measureExtractor.extract(clause, targets.isEmpty() ? headingTargets : targets,
						documentId));
			}
		}
		return measures;
	}

	private static List<EntityRef> targets(MentionedSentence sentence, Sentence clause) {
		return sentence.ofTypes(MEASURE_TARGETS)
			.stream()
			.filter((mention) -> clause.contains(mention.start()))
			.map(sentence::ref)
			.distinct()
			.toList();
	}

	/** The document's own city, which 我市 refers to: the region that starts the agency's name, else the most named city. */
	private static final class HomeRegion {

		static EntityRef of(DocumentMetadata metadata, List<Entity> entities) {
			List<Entity> regions = entities.stream().filter((entity) -> entity.type() == EntityType.REGION).toList();
			if (metadata.agency() != null) {
				for (Entity region : regions) {
					if (metadata.agency().startsWith(region.name())) {
						return region.ref();
					}
				}
			}
			return regions.stream()
				.filter((region) -> region.name().endsWith("市"))
				.max(Comparator.comparingInt(Entity::mentions))
				.map(Entity::ref)
				.orElse(null);
		}

	}

}

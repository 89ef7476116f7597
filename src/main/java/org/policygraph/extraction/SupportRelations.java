package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.policygraph.extraction.EntityType.AGENCY;
import static org.policygraph.extraction.EntityType.ENTERPRISE;
import static org.policygraph.extraction.EntityType.INDUSTRY;
import static org.policygraph.extraction.EntityType.PARK;
import static org.policygraph.extraction.EntityType.PROGRAMME;
import static org.policygraph.extraction.EntityType.REGION;
import static org.policygraph.extraction.EntityType.TALENT_SCHEME;

/**
 * The industries a programme targets and a talent scheme supports (TARGETS, SUPPORTS), in a sentence with a word of
 * support (聚焦, 支持, 面向, 向…倾斜): the industries of the sentence go to its only programme (or its only 《title》 when
 * it names several) and to each talent scheme, unless a place or agency stands between the two, the subject of a
 * clause of its own (出台《方案》，…，慈溪市将聚焦推动智能家电…). An industry named before the programme needs a word of
 * support in its own clause (围绕固态电池…等方向，组织实施省科技重大专项). When a sentence names several programmes or
 * several talent schemes, an industry goes to the one named last before its clause, with those listed right before it. Targets that names state by themselves are
 * {@link NamedTargets}.
 */
class SupportRelations {

	private static final Pattern SUPPORT = Pattern
		.compile("聚焦|主攻|培育|支持|扶持|支撑|重点|着重|倾斜|面向|围绕|为突破口|对入选的|领域引进|领域的?(?:高层次|领军|紧缺)?人才");

	private static final Pattern LISTED = Pattern.compile("[”’》]?(?:[，、,和及]|以及)[“‘《]?");

	private static final Set<EntityType> SUBJECTS = Set.of(AGENCY, REGION, PARK, ENTERPRISE);

	/** The start of another numbered item of a sentence (…；二是…), whose industries are not the earlier items' targets. */
	private static final Pattern ITEM = Pattern.compile("[；;][一二三四五六七八九十]是");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>(NamedTargets.extract(sentence, documentId));
		if (!SUPPORT.matcher(sentence.sentence().text()).find()) {
			return relations;
		}
		List<Mention> industries = sentence.ofTypes(Set.of(INDUSTRY))
			.stream()
			.filter((mention) -> !sentence.isNested(mention) && sentence.endsAtWordBoundary(mention))
			.toList();
		List<Mention> named = outermost(sentence, PROGRAMME);
		List<Mention> programmes = (named.stream().map(sentence::ref).distinct().count() > 1) ? titled(sentence, named)
				: named;
		if (programmes.stream().map(sentence::ref).distinct().count() == 1) {
			relate(sentence, programmes, industries, RelationType.TARGETS, documentId, relations);
		}
		else {
			relateNearest(sentence, named, industries, RelationType.TARGETS, documentId, relations);
		}
		List<Mention> schemes = outermost(sentence, TALENT_SCHEME);
		if (schemes.stream().map(sentence::ref).distinct().count() > 1) {
			relateNearest(sentence, schemes, industries, RelationType.SUPPORTS, documentId, relations);
		}
		else {
			schemes.forEach((scheme) -> relate(sentence, List.of(scheme), industries, RelationType.SUPPORTS, documentId,
					relations));
		}
		return relations;
	}

	/** Each industry to the source named last before its clause and to those listed right before that one. */
	private static void relateNearest(MentionedSentence sentence, List<Mention> sources, List<Mention> industries,
			RelationType type, String documentId, List<Relation> relations) {
		for (Mention industry : industries) {
			nearest(sentence, sources, industry).ifPresent((last) -> listedWith(sentence, sources, last)
				.forEach((source) -> relate(sentence, List.of(source), List.of(industry), type, documentId, relations)));
		}
	}

	private static void relate(MentionedSentence sentence, List<Mention> sources, List<Mention> industries,
			RelationType type, String documentId, List<Relation> relations) {
		Evidence evidence = sentence.sentence().evidence(documentId);
		for (Mention industry : industries) {
			sources.stream()
				.filter((source) -> !separated(sentence, source, industry)
						&& (source.start() < industry.start() || supportedInClause(sentence, industry)))
				.findFirst()
				.ifPresent((source) -> relations
					.add(new Relation(type, sentence.ref(source), sentence.ref(industry), evidence)));
		}
	}

	/**
	 * Whether a word of support governs an industry from inside its clause (省科技厅围绕固态电池…等方向，组织实施…专项): an
	 * industry named before the programme is its target only then, and not when the clause calls it a place's own
	 * leading industry (我市…围绕光机电、…四大主导产业，持续推进科技企业“双倍增”行动).
	 */
	private static boolean supportedInClause(MentionedSentence sentence, Mention industry) {
		int[] clause = sentence.clauseAround(industry.start());
		return SUPPORT.matcher(sentence.between(clause[0], industry.start())).find()
				&& !sentence.between(industry.end(), clause[1]).contains("主导产业");
	}

	/**
	 * Whether a place, agency, park or firm of its own, or another numbered item, stands between two mentions: the
	 * subject of what follows (签订
	 * 《协议》，共建…产业合作园，重点承接…智能装备产业转移 is the park's focus; 设立…产业基金，重点投向… the fund's).
	 */
	private static boolean separated(MentionedSentence sentence, Mention a, Mention b) {
		int from = Math.min(a.end(), b.end());
		int to = Math.max(a.start(), b.start());
		return ITEM.matcher(sentence.between(from, to)).find() || sentence.ofTypes(SUBJECTS)
			.stream()
			.anyMatch((m) -> m.start() >= from && m.end() <= to && !sentence.isNested(m));
	}

	/**
	 * The programme named last before the clause of an industry, when a sentence names several, none of them earlier in
	 * that clause, and no place or agency stands between (…印发《A》，市人社局出台《B》，全面推行“技能宜兴”行动，将节能环保…
	 * 等重点产业的紧缺工种纳入… → the 行动).
	 */
	private static Optional<Mention> nearest(MentionedSentence sentence, List<Mention> programmes, Mention industry) {
		int clauseStart = sentence.clauseAround(industry.start())[0];
		return programmes.stream()
			.filter((programme) -> programme.end() <= industry.start())
			.reduce((first, second) -> second)
			.filter((programme) -> programme.end() <= clauseStart && !separated(sentence, programme, industry));
	}

	/** A name with those listed right before it, separated by commas alone (实施A，B，C，…). */
	private static List<Mention> listedWith(MentionedSentence sentence, List<Mention> names, Mention last) {
		List<Mention> listed = new ArrayList<>(List.of(last));
		for (int i = names.indexOf(last) - 1; i >= 0
				&& LISTED.matcher(sentence.between(names.get(i).end(), listed.get(0).start())).matches(); i--) {
			listed.add(0, names.get(i));
		}
		return listed;
	}

	/** The programmes a sentence names by their 《title》, the likeliest subject of what the sentence says. */
	private static List<Mention> titled(MentionedSentence sentence, List<Mention> programmes) {
		return programmes.stream()
			.filter((mention) -> sentence.between(mention.start(), mention.start() + 1).equals("《"))
			.toList();
	}

	private static List<Mention> outermost(MentionedSentence sentence, EntityType type) {
		return sentence.ofTypes(Set.of(type)).stream().filter((mention) -> !sentence.isNested(mention)).toList();
	}

}

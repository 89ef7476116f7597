package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.policygraph.extraction.EntityType.AGENCY;
import static org.policygraph.extraction.EntityType.ENTERPRISE;
import static org.policygraph.extraction.EntityType.INSTITUTION;
import static org.policygraph.extraction.EntityType.REGION;

/**
 * Partnerships a sentence states (PARTNERS_WITH): the parties around 与 in a clause with a partnership verb
 * (腾能智能与凯波集团共建…) and the parties joined by 联合 (季华实验室联合佛山市陶瓷学会，共建…), the subject of the sentence
 * standing in when a later clause opens with 与 or 联合. A pair needs an enterprise or an institution: two agencies that
 * jointly issue a document (省经信厅联合省财政厅出台…) are no partners.
 */
class PartnerRelations {

	private static final Set<EntityType> PARTNERS = Set.of(ENTERPRISE, INSTITUTION, AGENCY, REGION);

	/** Partners that can open a sentence as its subject; a place there more often starts a longer name (湖州银行). */
	private static final Set<EntityType> SUBJECTS = Set.of(ENTERPRISE, INSTITUTION, AGENCY);

	private static final Set<EntityType> COMPANIES = Set.of(ENTERPRISE, INSTITUTION);

	private static final Pattern PARTNERSHIP = Pattern.compile("共建|合作|签约|签订|签署|联合|共同");

	private static final Pattern JOINED = Pattern.compile("联合");

	/** The writing agency right before 与 or 联合 (我们联合阿里云…; not a plan: 我们将联合…). */
	private static final Pattern WE = Pattern.compile("(?:我局|我们|我委|我厅)(?:还|也|已|先后|积极|主动)*$");

	/** The bracket defining a short form right after a party: A（以下简称“B”）与C…. */
	private static final Pattern SHORT_FORM = Pattern.compile("（(?:以下|下)?简称[^）]{1,20}）$");

	/**
	 * A place qualifying the party after 与 (与太仓港区的江苏华鼎新材料股份有限公司共建…), or a first party no recogniser
	 * named, listed before the others (联合元禾控股、太仓市资产经营集团有限公司…).
	 */
	private static final Pattern PLACE_OF = Pattern.compile("[^，,；;。、与和的（）]{2,8}[的、]");

	/** A collective noun closing a list of parties: 芯瑞微、澄扬科技等企业与…. */
	private static final Pattern COLLECTIVE = Pattern.compile("等(?:\\d+家|多家|一批)?(?:企业|单位|公司|高校|院所|机构)$");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		String text = sentence.sentence().text();
		for (int i = text.indexOf('与'); i >= 0; i = text.indexOf('与', i + 1)) {
			int at = sentence.sentence().start() + i;
			int[] clause = sentence.clauseAround(at);
			if (PARTNERSHIP.matcher(sentence.between(at, clause[1])).find()) {
				pairs(left(sentence, at), right(sentence, at + 1), sentence, documentId, relations);
			}
		}
		Matcher joined = JOINED.matcher(text);
		while (joined.find()) {
			int at = sentence.sentence().start() + joined.start();
			pairs(left(sentence, at), right(sentence, at + joined.group().length()), sentence, documentId, relations);
		}
		return relations;
	}

	/**
	 * The parties before 与 or 联合, over a collective noun that closes their list (A、B等企业与C…), or the subject of the
	 * sentence when the word opens a clause.
	 */
	private static List<EntityRef> left(MentionedSentence sentence, int at) {
		int clauseStart = sentence.clauseAround(at)[0];
		Matcher collective = COLLECTIVE.matcher(sentence.between(clauseStart, at));
		int end = collective.find() ? at - collective.group().length() : at;
		Matcher shortForm = SHORT_FORM.matcher(sentence.between(clauseStart, end));
		end = shortForm.find() ? end - shortForm.group().length() : end;
		List<EntityRef> left = AdjacentRelations.chainEndingAt(sentence, end, PARTNERS);
		if (left.isEmpty() && sentence.author() != null && WE.matcher(sentence.between(clauseStart, end)).find()) {
			return List.of(sentence.author());
		}
		return (left.isEmpty() && at == sentence.clauseAround(at)[0]) ? subject(sentence, at) : left;
	}

	/** The parties right after 与 or 联合, over a place that qualifies the first of them or a first one not named. */
	private static List<EntityRef> right(MentionedSentence sentence, int from) {
		List<EntityRef> right = AdjacentRelations.chainStartingAt(sentence, from, PARTNERS);
		Matcher place = PLACE_OF.matcher(sentence.between(from, sentence.sentence().end()));
		if (!right.isEmpty() || !place.lookingAt() || sentence.mentions()
			.stream()
			.anyMatch((m) -> m.start() >= from && m.end() <= from + place.end() && m.type() != EntityType.REGION)) {
			return right;
		}
		return AdjacentRelations.chainStartingAt(sentence, from + place.end(), COMPANIES);
	}
	private static void pairs(List<EntityRef> left, List<EntityRef> right, MentionedSentence sentence,
			String documentId, List<Relation> relations) {
		for (EntityRef a : left) {
			for (EntityRef b : right) {
				if (COMPANIES.contains(a.type()) || COMPANIES.contains(b.type())) {
					relations.add(new Relation(RelationType.PARTNERS_WITH, a, b, sentence.sentence().evidence(documentId)));
				}
			}
		}
	}

	/**
	 * The names that open the part of a sentence (from its last ；, unless that part names nothing before) with a later
	 * clause that starts with 与 or 联合, its subject (A、B要…，与C共同建立…); 我市 opening it stands for the document's
	 * own city.
	 */
	private static List<EntityRef> subject(MentionedSentence sentence, int at) {
		String before = sentence.between(sentence.sentence().start(), at);
		int part = sentence.sentence().start() + Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
		int start = sentence.mentions().stream().anyMatch((m) -> m.start() >= part && m.end() <= at) ? part
				: sentence.sentence().start();
		if (sentence.home() != null && sentence.between(start, start + 2).equals("我市")) {
			return List.of(sentence.home());
		}
		return sentence.mentions()
			.stream()
			.filter((mention) -> mention.start() >= start && !sentence.isNested(mention))
			.findFirst()
			.filter((mention) -> SUBJECTS.contains(mention.type()))
			.filter((mention) -> sentence.opensAfterNumbering(start, mention))
			.map((mention) -> AdjacentRelations.chainStartingAt(sentence, mention.start(), SUBJECTS))
			.orElse(List.of());
	}

}

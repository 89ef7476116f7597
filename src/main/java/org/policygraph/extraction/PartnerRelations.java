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

	/** A collective noun closing a list of parties: 芯瑞微、澄扬科技等企业与…. */
	private static final Pattern COLLECTIVE = Pattern.compile("等(?:\\d+家|多家|一批)?(?:企业|单位|公司|高校|院所|机构)$");

	List<Relation> extract(MentionedSentence sentence, String documentId) {
		List<Relation> relations = new ArrayList<>();
		String text = sentence.sentence().text();
		for (int i = text.indexOf('与'); i >= 0; i = text.indexOf('与', i + 1)) {
			int at = sentence.sentence().start() + i;
			int[] clause = sentence.clauseAround(at);
			if (PARTNERSHIP.matcher(sentence.between(at, clause[1])).find()) {
				pairs(left(sentence, at), AdjacentRelations.chainStartingAt(sentence, at + 1, PARTNERS), sentence,
						documentId, relations);
			}
		}
		Matcher joined = JOINED.matcher(text);
		while (joined.find()) {
			int at = sentence.sentence().start() + joined.start();
			pairs(left(sentence, at), AdjacentRelations.chainStartingAt(sentence, at + joined.group().length(), PARTNERS),
					sentence, documentId, relations);
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
		List<EntityRef> left = AdjacentRelations.chainEndingAt(sentence, end, PARTNERS);
		return (left.isEmpty() && at == sentence.clauseAround(at)[0]) ? subject(sentence) : left;
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

	/** The names that open a sentence, its subject when a later clause starts with 与 (A、B要…，与C共同建立…). */
	private static List<EntityRef> subject(MentionedSentence sentence) {
		return sentence.mentions()
			.stream()
			.filter((mention) -> !sentence.isNested(mention))
			.findFirst()
			.filter((mention) -> SUBJECTS.contains(mention.type()))
			.filter((mention) -> sentence.opensAfterNumbering(sentence.sentence().start(), mention))
			.map((mention) -> AdjacentRelations.chainStartingAt(sentence, mention.start(), SUBJECTS))
			.orElse(List.of());
	}

}

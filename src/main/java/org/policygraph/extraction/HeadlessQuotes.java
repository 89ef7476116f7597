package org.policygraph.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Quoted cores with no head noun after them (needs tokens, gives at most one mention): a talent scheme by the people
 * it names or the campaign it runs (“星期日工程师”), a campaign (“科技金融进园区”活动), a name that carries its own head
 * with the modifiers before it (重点零部件企业“白名单”), a ranking or system (“亩产英雄50强”, “链长制”), or a programme
 * {@link BareQuotes} finds (推进“浙江制造”建设, 推出“技改贷”); slogans (“光伏+农业”) and terms (用好“飞地”) name nothing.
 */
class HeadlessQuotes {

	/**
	 * “亩产英雄50强”, “…竞争力百强”: the top places of a ranking; “链长制”: a system of governance; “毛衫产业大脑”: the
	 * data platform a government builds for one industry; “人才新政30条”: a package of policies counted in articles.
	 */
	private static final Pattern RANKING_OR_SYSTEM = Pattern.compile("(\\d+|[十百千])强$|^[^+]{2,}制$|..产业大脑$|..新政(\\d+|[十二三四五六七八九])+条$");

	/** （简称“人才新政30条”）: a short form the document defines is an alias of the name before it, no name of its own. */
	private static final Pattern DEFINED = Pattern.compile("（(?:以下)?(?:简称|下称|称)“?$");

	private final Lexicons lexicons;

	private final LeftExtension shortExtension = new LeftExtension(6, false);

	private final LeftExtension programmeExtension = new LeftExtension(16, true);

	HeadlessQuotes(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/** The mention a quoted core names without a head noun after it, if any. */
	Optional<Mention> recognise(AnalysedSentence sentence, String core, int open, int close) {
		// “光伏+农业”, “项目+资本” are slogans; “产业大脑+未来工厂”建设 a programme being built, as “浙江制造”建设 is.
		boolean built = QuotedSpans.followedBy(sentence, close, "建设");
		if (core.contains("+") && !built || core.contains("•") || core.contains("·")
				|| QuotedSpans.followedBy(sentence, close, "战略") || ProperNames.SLOGAN.matcher(core).find()) {
			return Optional.empty();
		}
		if (TalentSignals.isTalentCampaign(sentence, close)) {
			return Optional.of(new Mention(EntityType.TALENT_SCHEME, core, List.of(), open, close));
		}
		if (QuotedSpans.followedBy(sentence, close, "活动")) {
			// “科技金融进园区”活动: a campaign is named by its quote, whatever the quote ends with.
			return Optional.of(new Mention(EntityType.PROGRAMME, core, List.of(), open, close));
		}
		// “一码通办”: a quoted slogan ending like an agency (办) names no agency.
		Optional<EntityType> headType = this.lexicons.headOf(core).map(this.lexicons.heads()::get)
			.filter((type) -> type != EntityType.AGENCY);
		if (headType.filter(EntityType.PARK::equals).isPresent() && this.lexicons.heads().containsKey(core)) {
			// 用好“飞地”: a kind of park in quotes is a term the text discusses, not a park's name.
			return Optional.empty();
		}
		boolean defined = DEFINED.matcher(sentence.slice(sentence.start(), open)).find();
		if (headType.isPresent() || RANKING_OR_SYSTEM.matcher(core).find() && !defined) {
			// 慈溪市制造业“亩产英雄50强”, 江西省制造业重点产业链“链长制”: a ranking is an honours list, a 制 a system of
			// governance; each, like a quoted programme with its head (重点零部件企业“白名单”), has the modifiers before it.
			return Optional.of(headed(sentence, core, open, close, headType.orElse(EntityType.PROGRAMME)));
		}
		int start = QuotedSpans.start(sentence, open, this.shortExtension);
		String name = Names.strip(sentence.slice(start, close));
		if (TalentSignals.namesPeople(core) || QuotedSpans.followedBy(sentence, close, "等人才")) {
			return Optional.of(new Mention(EntityType.TALENT_SCHEME, name, QuotedSpans.aliases(core, name), start, close));
		}
		// “税融通”“续贷过桥”业务: a bare quote right after another has no modifiers of its own.
		if (sentence.text().startsWith("”", open - sentence.start() - 1)) {
			start = open;
			name = core;
		}
		if (core.length() >= 3 && BareQuotes.isProgramme(sentence, open, start, close)) {
			return Optional.of(new Mention(EntityType.PROGRAMME, name, QuotedSpans.aliases(core, name), start, close));
		}
		return Optional.empty();
	}

	private Mention headed(AnalysedSentence sentence, String core, int open, int close, EntityType type) {
		boolean programme = type == EntityType.PROGRAMME;
		int start = QuotedSpans.start(sentence, open, programme ? this.programmeExtension : this.shortExtension);
		start = programme ? QuotedSpans.afterGoverningVerb(sentence, start, open) : start;
		String name = Names.strip(sentence.slice(start, close));
		boolean talent = programme
				&& (TalentSignals.namesTalentPlan(this.lexicons, core) || TalentSignals.isForPeople(sentence, close));
		return new Mention(talent ? EntityType.TALENT_SCHEME : type, name, QuotedSpans.aliases(core, name), start, close);
	}

}

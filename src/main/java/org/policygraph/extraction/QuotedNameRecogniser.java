package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * Recognises quoted names with their head noun and modifiers (“上林英才”计划, 科技企业“双倍增”行动, “企业上云”行动计划):
 * needs tokens, adds a mention whose alias is the quoted core. A quoted core without a head is kept when it names a
 * talent scheme or {@link BareQuotes} finds it a programme (推进“浙江制造”建设, 推出“技改贷”).
 */
class QuotedNameRecogniser implements MentionRecogniser {

	private static final Pattern QUOTED = Pattern.compile("“([^“”，。；：\\n]{2,16})”");

	private static final int MAX_HEAD_DISTANCE = 16;

	/**
	 * “亩产英雄50强”, “…竞争力百强”: the top places of a ranking; “链长制”: a system of governance; “毛衫产业大脑”: the
	 * data platform a government builds for one industry.
	 */
	private static final Pattern RANKING_OR_SYSTEM = Pattern.compile("(\\d+|[十百千])强$|^[^+]{2,}制$|..产业大脑$");


	private final Lexicons lexicons;

	private final NameSpan span;

	private final LeftExtension longExtension = new LeftExtension(26, false);

	/** 规上工业企业研发机构“全覆盖”行动: a programme's modifiers before the quote may hold verbs. */
	private final LeftExtension longProgrammeExtension = new LeftExtension(26, true);

	private final LeftExtension shortExtension = new LeftExtension(6, false);

	private final LeftExtension programmeExtension = new LeftExtension(MAX_HEAD_DISTANCE, true);

	QuotedNameRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.span = new NameSpan(lexicons);
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		Matcher matcher = QUOTED.matcher(sentence.text());
		while (matcher.find()) {
			int open = sentence.start() + matcher.start();
			int close = sentence.start() + matcher.end();
			String core = Names.strip(matcher.group(1));
			Optional<String> head = headAfter(sentence, close);
			// 《关于…推动“专精特新”发展的建议》: a quote inside a title belongs to the title.
			// 把招商引资作为“一号工程”: a quote after 作为 names the role something plays, not a programme.
			if (core.contains("、") && !isProgrammeHead(head) || Names.insideTitle(sentence.text(), matcher.start())
					|| sentence.text().startsWith("作为", matcher.start() - 2)) {
				continue;
			}
			Optional<Mention> mention = head.flatMap((following) -> withHead(sentence, core, open, close, following))
				.or(() -> withoutHead(sentence, core, open, close));
			mention.ifPresent(mentions::add);
		}
		return mentions;
	}

	/**
	 * A quote that lists several things (“增品种、提品质、创品牌”) is a slogan, unless a programme's head follows it and
	 * makes it one name (“腾笼换鸟、凤凰涅槃”攻坚行动).
	 */
	private boolean isProgrammeHead(Optional<String> following) {
		return following.flatMap(this.lexicons::headOf)
			.map((head) -> this.lexicons.heads().get(head) == EntityType.PROGRAMME)
			.orElse(false);
	}

	private Optional<String> headAfter(AnalysedSentence sentence, int close) {
		int sentenceEnd = sentence.start() + sentence.text().length();
		String best = null;
		for (Token token : sentence.tokens()) {
			if (token.offset() < close || token.end() - close > MAX_HEAD_DISTANCE) {
				continue;
			}
			if (token.isPunctuation() || !this.programmeExtension.isNamePart(token)) {
				break;
			}
			String following = sentence.slice(close, Math.min(token.end(), sentenceEnd));
			// “一区多园”空间布局: a head inside a word (布局) ends no name.
			if (this.lexicons.headOf(following).isPresent()
					&& !HeadNounRecogniser.endsWithShortHeadInsideAWord(this.lexicons, token)) {
				best = following;
			}
		}
		return Optional.ofNullable(best);
	}

	private Optional<Mention> withHead(AnalysedSentence sentence, String core, int open, int close, String following) {
		String head = this.lexicons.headOf(following).orElseThrow();
		// 慈溪市推进“中国制造2025”工作领导小组: leading groups are named for their task, as programmes are.
		boolean programmeLike = this.lexicons.heads().get(head) == EntityType.PROGRAMME || following.endsWith("领导小组");
		int start = programmeLike ? afterGoverningVerb(sentence, start(sentence, open, this.longProgrammeExtension), open)
				: start(sentence, open, this.longExtension);
		start = programmeLike ? this.span.withPlaceAndVerb(sentence, start) : start;
		int end = close + following.length();
		String name = ProperNames.NON_NAME_PREFIX.matcher(Names.strip(sentence.slice(start, end))).replaceFirst("");
		if (ProperNames.SLOGAN.matcher(name).find()) {
			return Optional.empty();
		}
		if (this.lexicons.placedHeads().contains(head) && !this.lexicons.startsWithPlace(name)) {
			return Optional.empty();
		}
		EntityType type = this.lexicons.heads().get(head);
		if (type == EntityType.PROGRAMME && (TalentSignals.namesTalentPlan(this.lexicons, name)
				|| TalentSignals.isForPeople(sentence, end))) {
			type = EntityType.TALENT_SCHEME;
		}
		return Optional.of(new Mention(type, name, aliases(core, name), start, end));
	}

	private Optional<Mention> withoutHead(AnalysedSentence sentence, String core, int open, int close) {
		// “光伏+农业”, “项目+资本” are slogans; “产业大脑+未来工厂”建设 a programme being built, as “浙江制造”建设 is.
		boolean built = followedBy(sentence, close, "建设");
		if (core.contains("+") && !built || core.contains("•") || core.contains("·") || followedBy(sentence, close, "战略")
				|| ProperNames.SLOGAN.matcher(core).find()) {
			return Optional.empty();
		}
		if (TalentSignals.isTalentCampaign(sentence, close)) {
			return Optional.of(new Mention(EntityType.TALENT_SCHEME, core, List.of(), open, close));
		}
		if (followedBy(sentence, close, "活动")) {
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
		if (headType.isPresent() || RANKING_OR_SYSTEM.matcher(core).find()) {
			// 慈溪市制造业“亩产英雄50强”, 江西省制造业重点产业链“链长制”: a ranking is an honours list, a 制 a system of
			// governance; each, like a quoted programme with its head (重点零部件企业“白名单”), has the modifiers before it.
			return Optional.of(headed(sentence, core, open, close, headType.orElse(EntityType.PROGRAMME)));
		}
		int start = start(sentence, open, this.shortExtension);
		String name = Names.strip(sentence.slice(start, close));
		if (TalentSignals.namesPeople(core) || followedBy(sentence, close, "等人才")) {
			return Optional.of(new Mention(EntityType.TALENT_SCHEME, name, aliases(core, name), start, close));
		}
		// “税融通”“续贷过桥”业务: a bare quote right after another has no modifiers of its own.
		if (sentence.text().startsWith("”", open - sentence.start() - 1)) {
			start = open;
			name = core;
		}
		if (core.length() >= 3 && BareQuotes.isProgramme(sentence, open, start, close)) {
			return Optional.of(new Mention(EntityType.PROGRAMME, name, aliases(core, name), start, close));
		}
		return Optional.empty();
	}

	private Mention headed(AnalysedSentence sentence, String core, int open, int close, EntityType type) {
		boolean programme = type == EntityType.PROGRAMME;
		int start = start(sentence, open, programme ? this.programmeExtension : this.shortExtension);
		start = programme ? afterGoverningVerb(sentence, start, open) : start;
		String name = Names.strip(sentence.slice(start, close));
		boolean talent = programme
				&& (TalentSignals.namesTalentPlan(this.lexicons, core) || TalentSignals.isForPeople(sentence, close));
		return new Mention(talent ? EntityType.TALENT_SCHEME : type, name, aliases(core, name), start, close);
	}

	/** 引进落户“上林英才”计划, segmented 落/v 户/ng: a governing verb split in two still governs, and is no part of the name. */
	private static int afterGoverningVerb(AnalysedSentence sentence, int start, int open) {
		String prefix = sentence.slice(start, open);
		return start + LeftExtension.GOVERNING_VERBS.stream()
			.filter((verb) -> verb.length() > 1 && prefix.startsWith(verb))
			.mapToInt(String::length)
			.max()
			.orElse(0);
	}

	private static int start(AnalysedSentence sentence, int open, LeftExtension extension) {
		int quote = sentence.tokenAt(open);
		if (quote <= 0) {
			return open;
		}
		int start = extension.start(sentence.tokens(), quote, open + 1);
		return start;
	}

	private static List<String> aliases(String core, String name) {
		return core.equals(name) ? List.of() : List.of(core);
	}

	private static boolean followedBy(AnalysedSentence sentence, int end, String words) {
		return sentence.text().startsWith(words, end - sentence.start());
	}

}

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
 * talent scheme or a programme ({@link HeadlessQuotes}).
 */
class QuotedNameRecogniser implements MentionRecogniser {

	private static final Pattern QUOTED = Pattern.compile("“([^“”，。；：\\n]{2,16})”");

	private static final int MAX_HEAD_DISTANCE = 16;

	private final Lexicons lexicons;

	private final ProgrammeTitleStart titles;

	private final LeftExtension longExtension = new LeftExtension(26, false);

	/** 规上工业企业研发机构“全覆盖”行动: a programme's modifiers before the quote may hold verbs. */
	private final LeftExtension longProgrammeExtension = new LeftExtension(26, true);

	private final LeftExtension programmeExtension = new LeftExtension(MAX_HEAD_DISTANCE, true);

	private final HeadlessQuotes headless;

	QuotedNameRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.titles = new ProgrammeTitleStart(lexicons);
		this.headless = new HeadlessQuotes(lexicons);
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
				.or(() -> this.headless.recognise(sentence, core, open, close));
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
		int start = programmeLike ? QuotedSpans.afterGoverningVerb(sentence, QuotedSpans.start(sentence, open, this.longProgrammeExtension), open)
				: QuotedSpans.start(sentence, open, this.longExtension);
		start = programmeLike ? this.titles.withPlaceAndVerb(sentence, start) : start;
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
		return Optional.of(new Mention(type, name, QuotedSpans.aliases(core, name), start, end));
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * Recognises names that end with an organisational head noun (局, 大学, 产业园, 集团, 计划 …): needs the tokens, adds
 * a mention typed by the head, its extent found by {@link NameSpan} and kept when {@link ProperNames} says it is one.
 */
class HeadNounRecogniser implements MentionRecogniser {

	/** Heads that are verbs as well as nouns (规划, 计划). */
	private static final Set<String> PLAN_WORDS = Set.of("规划", "计划");

	/** 丁蜀镇人大: heads that end an organ's name only where the name ends a clause (not 人大代表, 人大十八届一次会议). */
	private static final Set<String> CLAUSE_FINAL_HEADS = Set.of("人大");

	/**
	 * 入选省高新研发中心12家, 建成跨境电商园区12个: a name without a place followed by a count of its kind is a category
	 * being counted (宁波市重大科技攻关项目3个 names its place and stays a name).
	 */
	private static final Pattern COUNTED = Pattern.compile("\\d+(余|多)?[家个所]");

	private final Lexicons lexicons;

	private final NameSpan span;

	private final ProperNames proper;

	HeadNounRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.span = new NameSpan(lexicons);
		this.proper = new ProperNames(lexicons);
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		for (Token token : sentence.tokens()) {
			boolean headInsideAWord = token.word().length() == 2 && endsWithShortHeadInsideAWord(this.lexicons, token);
			if (token.isVerb() || token.isPunctuation() || headInsideAWord || isHeadInAPhrase(sentence, token)) {
				continue;
			}
			this.lexicons.headOf(sentence.slice(sentence.start(), token.end()))
				.flatMap((head) -> mention(sentence, token.end(), head))
				.ifPresent(mentions::add);
		}
		// 智能装备工程技术研究中心: a head inside a longer name that goes on after it heads no name of its own.
		mentions.removeIf((mention) -> mentions.stream().anyMatch((other) -> other.start() < mention.end()
				&& mention.end() < other.end() && other.start() >= mention.start()));
		return BranchNames.joined(sentence, mentions);
	}

	private Optional<Mention> mention(AnalysedSentence sentence, int headEnd, String head) {
		int headToken = sentence.tokenAt(headEnd - head.length());
		if (headToken < 0) {
			return Optional.empty();
		}
		EntityType headType = this.lexicons.heads().get(head);
		int[] span = this.span.of(sentence, headToken, headEnd, headType);
		span[0] = afterJoint(sentence, span[0], span[1], headType);
		if (COUNTED.matcher(sentence.text().substring(span[1] - sentence.start())).lookingAt()
				&& !this.lexicons.startsWithPlace(sentence.slice(span[0], span[1]))) {
			return Optional.empty();
		}
		String name = ProperNames.NON_NAME_PREFIX.matcher(Names.strip(sentence.slice(span[0], span[1])))
			.replaceFirst("");
		String before = sentence.slice(sentence.start(), span[0]);
		int first = sentence.tokenAt(span[0]);
		boolean placeTagged = first >= 0 && sentence.tokens().get(first).partOfSpeech().equals("ns")
				&& this.lexicons.heads().get(head) == EntityType.PARK;
		return this.proper.typeOf(name, head, before, placeTagged)
			.map((type) -> new Mention(type, name, span[0], span[1]));
	}

	/**
	 * 1500余名；义乌工商学院 (one organisation token across a semicolon) and 工程服务商+行业协会: a name starts after the
	 * clause punctuation inside its span, and an organisation's after a + (a programme's “产业大脑+未来工厂” keeps it, and
	 * so does a slogan, 2个主平台+6个重点产业园+N小微园, which is no name at all).
	 */
	private static int afterJoint(AnalysedSentence sentence, int start, int end, EntityType headType) {
		String text = sentence.slice(start, end);
		boolean programme = headType == EntityType.PROGRAMME || headType == EntityType.TALENT_SCHEME
				|| ProperNames.SLOGAN.matcher(text).find();
		int cut = -1;
		for (int i = 0; i < text.length(); i++) {
			cut = ("，。；：".indexOf(text.charAt(i)) >= 0 || !programme && text.charAt(i) == '+') ? i : cut;
		}
		return start + cut + 1;
	}

	/**
	 * 规划面积, 规划引领, 计划供应: a plan word followed by a noun or verb qualifies it or is its subject, and heads no
	 * name.
	 */
	private static boolean isHeadInAPhrase(AnalysedSentence sentence, Token token) {
		int next = sentence.tokenAt(token.end());
		if (next >= 0 && sentence.tokens().get(next).word().equals("之")) {
			// 中国电器之都: a head before 之 names what a place is the capital of, not an organisation.
			return true;
		}
		if (CLAUSE_FINAL_HEADS.stream().anyMatch(token.word()::endsWith)) {
			return next >= 0 && !sentence.tokens().get(next).isPunctuation();
		}
		// 姑苏创新创业领军人才计划人才（团队）: the people a plan selected, named after it, leave it a name.
		if (!PLAN_WORDS.contains(token.word()) || next < 0 || sentence.tokens().get(next).word().equals("人才")) {
			return false;
		}
		String tag = sentence.tokens().get(next).partOfSpeech();
		return tag.startsWith("n") && !tag.startsWith("ns") && !tag.startsWith("nt") || tag.startsWith("v");
	}

	/**
	 * 局, 委, 办 and 厅 end names only as words of their own or of an organisation name, not in 格局, 大厅 or (after a
	 * quote) 空间布局.
	 */
	static boolean endsWithShortHeadInsideAWord(Lexicons lexicons, Token token) {
		String word = token.word();
		boolean shortHead = lexicons.headOf(word).filter((head) -> head.length() == 1).isPresent();
		return shortHead && word.length() > 1 && !token.partOfSpeech().startsWith("nt")
				&& !lexicons.heads().containsKey(word);
	}

}

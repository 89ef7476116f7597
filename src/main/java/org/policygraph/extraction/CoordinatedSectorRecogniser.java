package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * Recognises the products and sectors listed together with a sector word (覆铜板、印制电路板、电子化学品上下游配套齐全;
 * 陶瓷和紫砂等传统工艺; 开展再生塑料、可降解塑料研发): needs tokens, adds one industry per member of a list of two or
 * more short nouns, split at 、 and a last 和, when one of them is or ends with a word of the industry lexicon.
 */
class CoordinatedSectorRecogniser implements MentionRecogniser {

	private static final int MAX_MEMBER = 6;

	/**
	 * Lists of skills, technologies, data, firms, places or problems are no sectors; nor are the parties that build
	 * something together (与远澜环保、宏力线缆共建) or names a bracket qualifies (中捷（中东欧）).
	 */
	private static final Pattern NOT_SECTORS = Pattern.compile(
			"等[^，。；、]{0,4}?(人才|技术|数据|工种|职业|岗位|企业|公司|单位|机构|园区|平台|镇|街道|问题|要素|方面)"
					+ "|共建|合作|签约|联合|共同|（");

	/** 绿色低碳技术, 新材料领域: members headed by what is no sector, and the classifier after a last member. */
	private static final Set<String> NOT_HEADS = Set.of("技术", "服务", "平台", "企业", "人才", "项目", "资金", "政策");

	private static final Set<String> CLASSIFIERS = Set.of("领域", "产业", "行业", "产业链", "方向");

	private static final Set<String> NOUNS = Set.of("n", "nz", "ng", "nx", "nf");

	private static final Set<String> PARTS = Set.of("n", "nz", "ng", "nx", "nf", "b", "a", "an", "vn", "v", "vg", "vi");

	private static final String CLAUSE_ENDS = "，。；：！？）“”《》";

	private final Lexicons lexicons;

	CoordinatedSectorRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		List<List<Token>> chain = new ArrayList<>();
		List<Token> member = new ArrayList<>();
		for (Token token : sentence.tokens()) {
			boolean ends = token.word().equals("等") || CLAUSE_ENDS.contains(token.word()) || token.word().equals("（");
			if (token.word().equals("、") || ends) {
				chain.add(member);
				member = new ArrayList<>();
				if (ends) {
					mentions.addAll(members(sentence, chain));
					chain = new ArrayList<>();
				}
			}
			else {
				member.add(token);
			}
		}
		chain.add(member);
		mentions.addAll(members(sentence, chain));
		return mentions;
	}

	/** The members of the runs of sector-like members in a chain of 、-separated token groups. */
	private List<Mention> members(AnalysedSentence sentence, List<List<Token>> chain) {
		List<List<Token>> members = new ArrayList<>();
		for (int i = 0; i < chain.size(); i++) {
			List<Token> member = (i == 0 && chain.size() > 1) ? nominalTail(chain.get(i)) : chain.get(i);
			if (i == chain.size() - 1) {
				members.addAll(lastMembers(member));
			}
			else {
				members.add(member);
			}
		}
		List<Mention> mentions = new ArrayList<>();
		List<List<Token>> run = new ArrayList<>();
		for (List<Token> member : members) {
			if (qualifies(member)) {
				run.add(member);
			}
			else {
				mentions.addAll(sectors(sentence, run));
				run = new ArrayList<>();
			}
		}
		mentions.addAll(sectors(sentence, run));
		return mentions;
	}

	/** 支持企业开展再生塑料: the first member is the nouns (and one-character verbs, 覆铜板) that end its group. */
	private static List<Token> nominalTail(List<Token> group) {
		int from = group.size();
		while (from > 0 && inTail(group, from - 1)) {
			from--;
		}
		return group.subList(from, group.size());
	}

	/** 覆铜板 (覆 a one-character verb), 再生塑料, 新能源汽车及关键零部件. */
	private static boolean inTail(List<Token> group, int i) {
		Token token = group.get(i);
		boolean joined = token.word().equals("及") && i > 0 && NOUNS.contains(group.get(i - 1).partOfSpeech());
		return NOUNS.contains(token.partOfSpeech()) || token.partOfSpeech().matches("b|vn") || joined
				|| token.word().length() == 1 && PARTS.contains(token.partOfSpeech());
	}

	/** 陶瓷和紫砂: the last group splits at 和; 可降解塑料研发和应用 ends with its first run of nouns. */
	private List<List<Token>> lastMembers(List<Token> group) {
		for (int i = 1; i < group.size() - 1; i++) {
			if (group.get(i).word().equals("和") && qualifies(group.subList(0, i))) {
				return List.of(group.subList(0, i), group.subList(i + 1, group.size()));
			}
		}
		int end = 0;
		while (end < group.size() && !NOUNS.contains(group.get(end).partOfSpeech())) {
			end++;
		}
		while (end < group.size() && NOUNS.contains(group.get(end).partOfSpeech())
				&& !CLASSIFIERS.contains(group.get(end).word())) {
			end++;
		}
		return List.of(group.subList(0, end));
	}

	private boolean qualifies(List<Token> member) {
		int length = member.stream().mapToInt((token) -> token.word().length()).sum();
		Token head = member.isEmpty() ? null : member.get(member.size() - 1);
		if (length < 2 || length > MAX_MEMBER || !NOUNS.contains(head.partOfSpeech()) || NOT_HEADS.contains(head.word())) {
			return false;
		}
		return member.stream().allMatch((token) -> (PARTS.contains(token.partOfSpeech()) || token.word().equals("及"))
				&& !LeftExtension.isStopWord(token) && !LeftExtension.GOVERNING_VERBS.contains(token.word()));
	}

	private List<Mention> sectors(AnalysedSentence sentence, List<List<Token>> run) {
		boolean anchored = run.stream().anyMatch(this::isSector);
		if (run.size() < 2 || !anchored) {
			return List.of();
		}
		Token last = run.get(run.size() - 1).get(run.get(run.size() - 1).size() - 1);
		String rest = sentence.text().substring(last.end() - sentence.start());
		if (NOT_SECTORS.matcher(rest).lookingAt()) {
			return List.of();
		}
		return run.stream().map((member) -> {
			int start = member.get(0).offset();
			int end = member.get(member.size() - 1).end();
			return new Mention(EntityType.INDUSTRY, sentence.slice(start, end), start, end);
		}).toList();
	}

	private boolean isSector(List<Token> member) {
		StringBuilder name = new StringBuilder();
		member.forEach((token) -> name.append(token.word()));
		return this.lexicons.industries().stream().anyMatch((word) -> name.toString().endsWith(word));
	}

}

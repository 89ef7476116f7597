package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policygraph.extraction.hanlp.Token;

/**
 * The members of a list of products or sectors written with 、 and a last 和, as groups of tokens, and whether a
 * member is shaped like a sector: a short noun phrase whose head is no generic noun.
 */
final class CoordinatedMembers {

	private static final int MAX_MEMBER = 6;

	/** 绿色低碳技术, 新材料领域: members headed by what is no sector, and the classifier after a last member. */
	private static final Set<String> NOT_HEADS = Set.of("技术", "服务", "平台", "企业", "人才", "项目", "资金", "政策");

	private static final Set<String> CLASSIFIERS = Set.of("领域", "产业", "行业", "产业链", "方向");

	private static final Set<String> NOUNS = Set.of("n", "nz", "ng", "nx", "nf");

	private static final Set<String> PARTS = Set.of("n", "nz", "ng", "nx", "nf", "b", "a", "an", "vn", "v", "vg", "vi");

	private CoordinatedMembers() {
	}

	/** The members of a chain: the first trimmed to the nouns that end it, the last split at 和 or trimmed. */
	static List<List<Token>> of(List<List<Token>> chain) {
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
		return members;
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
	private static List<List<Token>> lastMembers(List<Token> group) {
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

	static boolean qualifies(List<Token> member) {
		int length = member.stream().mapToInt((token) -> token.word().length()).sum();
		Token head = member.isEmpty() ? null : member.get(member.size() - 1);
		if (length < 2 || length > MAX_MEMBER || !NOUNS.contains(head.partOfSpeech())
				|| NOT_HEADS.contains(head.word())) {
			return false;
		}
		return member.stream().allMatch((token) -> (PARTS.contains(token.partOfSpeech()) || token.word().equals("及"))
				&& !LeftExtension.isStopWord(token) && !LeftExtension.GOVERNING_VERBS.contains(token.word()));
	}

}

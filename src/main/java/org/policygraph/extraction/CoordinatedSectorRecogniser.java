package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * Recognises the products and sectors listed together with a sector word (覆铜板、印制电路板、电子化学品上下游配套齐全;
 * 陶瓷和紫砂等传统工艺; 开展再生塑料、可降解塑料研发): needs tokens, adds one industry per member of a list of two or
 * more short nouns, split at 、 and a last 和, when one of them is or ends with a word of the industry lexicon.
 */
class CoordinatedSectorRecogniser implements MentionRecogniser {

	/**
	 * Lists of skills, technologies, data, firms, places or problems are no sectors; nor are the parties that build
	 * something together (与远澜环保、宏力线缆共建) or names a bracket qualifies (中捷（中东欧）).
	 */
	private static final Pattern NOT_SECTORS = Pattern.compile(
			"等[^，。；、]{0,4}?(人才|技术|数据|设施|工种|职业|岗位|专业|服务(?!业)|企业|公司|单位|机构|园区|平台|镇|街道|问题|要素|方面)"
					+ "|共建|合作|签约|联合|共同|（");

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
		List<Mention> mentions = new ArrayList<>();
		List<List<Token>> run = new ArrayList<>();
		for (List<Token> member : CoordinatedMembers.of(chain)) {
			if (CoordinatedMembers.qualifies(member)) {
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
		// The sector words themselves are left to IndustryRecogniser, which reads their suffixes (汽车零部件行业).
		return run.stream().map((member) -> {
			int start = member.get(0).offset();
			int end = member.get(member.size() - 1).end();
			return new Mention(EntityType.INDUSTRY, sentence.slice(start, end), start, end);
		}).filter((mention) -> !this.lexicons.industries().contains(mention.name())).toList();
	}

	private boolean isSector(List<Token> member) {
		StringBuilder name = new StringBuilder();
		member.forEach((token) -> name.append(token.word()));
		return this.lexicons.industries().stream().anyMatch((word) -> name.toString().endsWith(word));
	}

}

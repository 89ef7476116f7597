package org.policygraph.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * Where a park's name begins once the walk left has taken words that are no part of it: the action done to the park
 * (保障小微企业园用地), an adjective completing a verb before a quoted name (用好“飞地”), or words ahead of the place that
 * opens the name (大厦内设乐清市人力资源服务产业园); and where it ends when a place's branch follows it.
 */
class ParkBoundaries {

	/** 张江长三角科技城平湖园: the branch a place hosts, right after the park, names the branch park. */
	private static final Pattern BRANCH = Pattern.compile("^(\\p{IsHan}{2,3})园");

	private static final Pattern DASH = Pattern.compile("[—－-]$");

	private static final List<String> TOWN_SUFFIX = List.of("街道", "镇", "乡");

	private final Lexicons lexicons;

	ParkBoundaries(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/** The start of the park's name that the walk left began at {@code start} and that ends at {@code end}. */
	int start(AnalysedSentence sentence, int start, int end) {
		int repaired = afterLeadingAction(sentence, afterComplement(sentence, start), end);
		return withTownOfTheSentence(sentence,
				withPairedPlace(sentence, withSplitPlace(sentence, atInnerPlace(sentence, repaired, end))));
	}

	/**
	 * ；上望电子元器件小微园，位于上望街道 segmented 上/f 望/v: the characters opening the clause before the park are
	 * its town when the sentence names that town.
	 */
	private static int withTownOfTheSentence(AnalysedSentence sentence, int start) {
		String before = sentence.slice(sentence.start(), start);
		for (int length = 2; length <= 3 && length <= before.length(); length++) {
			String town = before.substring(before.length() - length);
			boolean opensClause = before.length() == length
					|| "，。；：、".indexOf(before.charAt(before.length() - length - 1)) >= 0;
			if (opensClause && TOWN_SUFFIX.stream().anyMatch((suffix) -> sentence.text().contains(town + suffix))) {
				return start - length;
			}
		}
		return start;
	}

	/** 庆元—长兴山海协作产业园: a park two places build together is named by both, joined by a dash. */
	private int withPairedPlace(AnalysedSentence sentence, int start) {
		String before = sentence.slice(sentence.start(), start);
		String rest = sentence.text().substring(start - sentence.start());
		if (!DASH.matcher(before).find() || !this.lexicons.startsWithPlace(rest)) {
			return start;
		}
		String place = this.lexicons.regionShortForms().keySet().stream()
			.filter((shortForm) -> before.endsWith(shortForm + before.charAt(before.length() - 1)))
			.findFirst()
			.orElse("");
		return place.isEmpty() ? start : start - place.length() - 1;
	}

	/**
	 * ，夹浦纺织小微园 segmented 夹/v 浦/b: a clause that opens with a one-character verb and a lone character HanLP split
	 * from a place's name opens with the place.
	 */
	private static int withSplitPlace(AnalysedSentence sentence, int start) {
		Token first = firstToken(sentence, start);
		int verb = sentence.tokenAt(start - 1);
		if (first == null || verb < 0 || first.word().length() != 1 || !first.partOfSpeech().matches("b|ng")) {
			return start;
		}
		Token split = sentence.tokens().get(verb);
		boolean opensClause = verb == 0 || sentence.tokens().get(verb - 1).isPunctuation();
		return (split.word().length() == 1 && split.isVerb() && opensClause) ? split.offset() : start;
	}

	/** The end of the park's name that ends at {@code end} unless a place's branch of the park follows it. */
	int end(AnalysedSentence sentence, int end) {
		Matcher branch = BRANCH.matcher(sentence.text().substring(end - sentence.start()));
		boolean placed = branch.find() && this.lexicons.regionShortForms().containsKey(branch.group(1));
		return placed ? end + branch.end() : end;
	}

	/** 保障小微企业园用地: a verbal noun that opens a park's name is what is done to the park. */
	private static int afterLeadingAction(AnalysedSentence sentence, int start, int end) {
		Token first = firstToken(sentence, start);
		boolean action = first != null && first.partOfSpeech().equals("vn") && first.end() < end;
		return action ? first.end() : start;
	}

	/** 用好“飞地”: a one-character adjective after a verb or preposition completes it, ahead of the quoted name. */
	private static int afterComplement(AnalysedSentence sentence, int start) {
		int first = sentence.tokenAt(start);
		if (first <= 0 || sentence.tokens().get(first).offset() != start) {
			return start;
		}
		Token token = sentence.tokens().get(first);
		String before = sentence.tokens().get(first - 1).partOfSpeech();
		boolean complement = token.word().length() == 1 && token.partOfSpeech().equals("a")
				&& (before.startsWith("p") || before.startsWith("v"));
		return complement ? token.end() : start;
	}

	/** 大厦内设乐清市人力资源服务产业园: a name that does not open with a place starts at the county or city inside it. */
	private int atInnerPlace(AnalysedSentence sentence, int start, int end) {
		String name = sentence.slice(start, end);
		if (this.lexicons.startsWithPlace(name)) {
			return start;
		}
		int at = this.lexicons.regions()
			.stream()
			.filter((region) -> "市县区".indexOf(region.charAt(region.length() - 1)) >= 0)
			.mapToInt(name::indexOf)
			.filter((found) -> found > 0)
			.min()
			.orElse(0);
		return start + at;
	}

	private static Token firstToken(AnalysedSentence sentence, int start) {
		int first = sentence.tokenAt(start);
		return (first >= 0 && sentence.tokens().get(first).offset() == start) ? sentence.tokens().get(first) : null;
	}

}

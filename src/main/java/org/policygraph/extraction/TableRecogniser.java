package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.policygraph.extraction.hanlp.Token;

/**
 * Reads tables flattened to text (附件 lists of selected enterprises, rated parks, built 综合体) and finds the names
 * their rows are about again in the prose around them. Needs the analysed sentences of a whole document (the header
 * types the rows below it); the rows are read by {@link TableRows}.
 */
class TableRecogniser {

	/** How far past a table's name a longer name that begins with it may end. */
	private static final int LONGER_NAME = 12;

	private final Lexicons lexicons;

	private final TableRows rows;

	TableRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.rows = new TableRows(lexicons);
	}

	/**
	 * Mentions per sentence, in the order of the sentences: the cells of each row, and in the prose around the table
	 * each name a row is about wherever the text writes it in full.
	 */
	List<List<Mention>> recognise(List<AnalysedSentence> sentences) {
		List<List<Mention>> rows = this.rows.mentions(sentences);
		Set<Mention> named = new LinkedHashSet<>();
		rows.forEach((row) -> row.stream().filter((cell) -> cell.type() != EntityType.INDUSTRY
				&& cell.type() != EntityType.REGION).forEach(named::add));
		List<List<Mention>> mentions = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			mentions.add(rows.get(i).isEmpty() ? occurrences(sentences.get(i), named) : rows.get(i));
		}
		return mentions;
	}

	/**
	 * The mentions without the sector words inside a name a table gives (电机 of 温岭市泵与电机产业创新服务综合体): the
	 * row's industry column says what the row is about.
	 */
	static List<Mention> withoutSectorsInside(List<Mention> mentions, List<Mention> tableMentions) {
		return mentions.stream()
			.filter((mention) -> mention.type() != EntityType.INDUSTRY || tableMentions.stream()
				.noneMatch((name) -> name.type() != EntityType.INDUSTRY && name.start() <= mention.start()
						&& mention.end() <= name.end()))
			.toList();
	}

	private List<Mention> occurrences(AnalysedSentence sentence, Set<Mention> names) {
		List<Mention> mentions = new ArrayList<>();
		String text = sentence.text();
		for (Mention name : names) {
			for (int at = text.indexOf(name.name()); at >= 0; at = text.indexOf(name.name(), at + 1)) {
				int end = at + name.name().length();
				if (!continuesIntoLongerName(sentence, sentence.start() + at, sentence.start() + end)) {
					mentions.add(new Mention(name.type(), name.name(), sentence.start() + at, sentence.start() + end));
				}
			}
		}
		return mentions;
	}

	/**
	 * 温岭经济开发区专精特新产业园: the table's name is only the start of a longer one that has a head of its own, reached
	 * over the words after it before a verb or punctuation.
	 */
	private boolean continuesIntoLongerName(AnalysedSentence sentence, int start, int end) {
		for (Token token : sentence.tokens()) {
			if (token.offset() < end) {
				continue;
			}
			if (token.isVerb() || token.isPunctuation() || token.end() - end > LONGER_NAME) {
				return false;
			}
			if (this.lexicons.typeOf(sentence.slice(start, token.end())).isPresent()) {
				return true;
			}
		}
		return false;
	}

}

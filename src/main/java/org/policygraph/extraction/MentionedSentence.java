package org.policygraph.extraction;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence with the mentions in it and the entity each refers to: what the relation and measure stages need.
 *
 * @param sentence the sentence
 * @param mentions its mentions in text order
 * @param refs the entity each mention refers to
 * @param home the document's own city, which 我市 refers to, or {@code null}
 */
record MentionedSentence(Sentence sentence, List<Mention> mentions, Map<Mention, EntityRef> refs, EntityRef home) {

	MentionedSentence {
		mentions = List.copyOf(mentions);
	}

	EntityRef ref(Mention mention) {
		return this.refs.get(mention);
	}

	List<Mention> ofTypes(Set<EntityType> types) {
		return this.mentions.stream().filter((mention) -> types.contains(mention.type())).toList();
	}

	/** The text between two document offsets inside this sentence. */
	String between(int start, int end) {
		int from = Math.max(start, this.sentence.start()) - this.sentence.start();
		int to = Math.min(end, this.sentence.end()) - this.sentence.start();
		return (from >= to) ? "" : this.sentence.text().substring(from, to);
	}

	/** The comma- or semicolon-separated clause around a document offset, as document offsets. */
	int[] clauseAround(int offset) {
		String text = this.sentence.text();
		int at = offset - this.sentence.start();
		int from = at;
		while (from > 0 && "，；：,;".indexOf(text.charAt(from - 1)) < 0) {
			from--;
		}
		int to = at;
		while (to < text.length() && "，；：,;".indexOf(text.charAt(to)) < 0) {
			to++;
		}
		return new int[] { this.sentence.start() + from, this.sentence.start() + to };
	}

}

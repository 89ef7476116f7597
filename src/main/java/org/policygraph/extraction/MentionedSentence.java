package org.policygraph.extraction;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence with the mentions in it and the entity each refers to: what the relation and measure stages need.
 *
 * @param sentence the sentence
 * @param mentions its mentions in text order
 * @param refs the entity each mention refers to
 * @param home the document's own city, which 我市 refers to, or {@code null}
 * @param author the agency that writes the document, which 我局 and 我们 refer to, or {@code null}
 */
record MentionedSentence(Sentence sentence, List<Mention> mentions, Map<Mention, EntityRef> refs, EntityRef home,
		EntityRef author) {

	private static final Pattern SECTOR_FOLLOWERS = Pattern
		.compile("产业|行业|领域|和|及|与|等|为|方向|集群|板块|企业|项目|开展|新兴|[一二三四五六七八九十两]大|[一二三四五六七八九十两]个|研发");

	/** What may open a sentence or clause before its subject: nothing, or a numbering (第三条, (一), 1.). */
	private static final Pattern NUMBERING = Pattern
		.compile("\\s*(?:第[一二三四五六七八九十百]+条|[（(][一二三四五六七八九十]+[)）]|\\d+[.、．])?\\s*");

	MentionedSentence {
		mentions = List.copyOf(mentions);
	}

	/** A sentence of a document whose author is not known. */
	MentionedSentence(Sentence sentence, List<Mention> mentions, Map<Mention, EntityRef> refs, EntityRef home) {
		this(sentence, mentions, refs, home, null);
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

	/** Whether a mention lies inside a longer one (慈溪市 in 慈溪市经济和信息化局): the longer one is what the text names. */
	boolean isNested(Mention mention) {
		return this.mentions.stream()
			.anyMatch((other) -> other.length() > mention.length() && other.start() <= mention.start()
					&& mention.end() <= other.end());
	}

	/**
	 * Whether a sector name ends where a word ends: at punctuation, a conjunction or a classifier such as 产业, not inside
	 * a longer phrase (汽车 of 汽车芯片, 塑料 of 塑料制品).
	 */
	boolean endsAtWordBoundary(Mention mention) {
		String after = between(mention.end(), this.sentence.end());
		return after.isEmpty() || !isIdeograph(after.charAt(0)) || SECTOR_FOLLOWERS.matcher(after).lookingAt()
				|| between(mention.start(), mention.end()).matches(".*(产业|行业|领域)");
	}

	/** Whether a sector name starts where a word starts: after punctuation, a conjunction or the given lead word. */
	boolean startsAtWordBoundary(Mention mention, Pattern lead) {
		String before = between(this.sentence.start(), mention.start());
		return before.isEmpty() || !isIdeograph(before.charAt(before.length() - 1)) || "和及与以".indexOf(
				before.charAt(before.length() - 1)) >= 0 || lead.matcher(before).find();
	}

	private static boolean isIdeograph(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/**
	 * Whether the text between two offsets separates members of a list: 、, or an ASCII comma in a sentence written
	 * with ASCII punctuation only (潍坊银行,中国建设银行潍坊分行与…).
	 */
	boolean isListSeparator(int start, int end) {
		String separator = between(start, end);
		return separator.equals("、") || separator.equals(",") && this.sentence.text().indexOf('、') < 0
				&& this.sentence.text().indexOf('，') < 0;
	}

	/** Whether nothing but a numbering (第九条, (一), 1.) stands between an offset and a mention. */
	boolean opensAfterNumbering(int from, Mention mention) {
		return NUMBERING.matcher(between(from, mention.start())).matches();
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

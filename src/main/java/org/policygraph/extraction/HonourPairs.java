package org.policygraph.extraction;

import java.util.List;

/**
 * Which listed names take which title when a clause confers several titles on several names (阳澄湖创新孵化器、
 * 鹿城创客汇众创空间获评国家级科技企业孵化器和国家备案众创空间): a title that ends with the head of some of the names
 * (孵化器, 众创空间) goes to those names only; any other title goes to every name. After 分别 the names and titles pair
 * one to one in order.
 */
final class HonourPairs {

	private static final int HEAD = 2;

	private HonourPairs() {
	}

	/**
	 * Whether the name is given the title, among the names and titles of a clause whose trigger stands at {@code at}:
	 * one to one in order after 分别 (A、B分别入选X和Y), else by head.
	 */
	static boolean pairs(MentionedSentence sentence, int at, Mention name, Mention title, List<Mention> names,
			List<Mention> titles) {
		if (names.size() < 2 || titles.size() < 2) {
			return true;
		}
		if (names.size() == titles.size()
				&& sentence.between(names.get(names.size() - 1).end(), at).contains("分别")) {
			return names.indexOf(name) == titles.indexOf(title);
		}
		return sameHead(name, title) || names.stream().noneMatch((other) -> sameHead(other, title));
	}

	private static boolean sameHead(Mention name, Mention title) {
		return name.name().length() > HEAD && title.name().length() > HEAD
				&& name.name().endsWith(title.name().substring(title.name().length() - HEAD));
	}

}

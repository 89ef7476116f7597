package org.policygraph.extraction;

/** The number of an item in a list of annexes or names (1., 2、, 3．), which is no part of the name after it. */
final class NumberedItem {

	/** An optional item number, taken whole when present (1.2024年度…名单 → 2024年度…名单). */
	static final String NUMBER = "(?:\\d{1,2}[.．、](?=\\d{4}|[\\u4e00-\\u9fa5]))?+";

	private NumberedItem() {
	}

}

package org.policygraph.extraction;

import java.util.regex.Pattern;

/**
 * What a firm enters a list or wins a title through: its product, workshop, plant, project or brand
 * (鑫锐电机的屏蔽电机产品入选…, 其铝合金压铸车间列入…), which lists the firm itself.
 */
final class OwnEntrants {

	private static final Pattern OWN = Pattern.compile("的?[^，。；、的]{0,12}(?:产品|车间|工厂|项目|生产线|品牌)");

	private static final Pattern ITS = Pattern.compile("其" + OWN.pattern());

	private OwnEntrants() {
	}

	/** Whether the text between a firm and a listing verb is the firm's own entrant (的屏蔽电机产品). */
	static boolean isOwn(String between) {
		return OWN.matcher(between).matches();
	}

	/** Whether a clause opens with 其 and an entrant of the firm the sentence is about (其铝合金压铸车间). */
	static boolean isItsOwn(String clause) {
		return ITS.matcher(clause).matches();
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A branch is named by its parent, its place and 分 (杭州技师学院建德分院, 中科院上海硅酸盐研究所太仓分所,
 * 浙江科技大市场东阳分市场): an institution's name runs on over the branch written right after it, which is no name of
 * its own (needs the institutions a recogniser found, adds their branches in their place).
 */
final class BranchNames {

	private static final Pattern BRANCH = Pattern.compile("^(?:\\p{IsHan}{2}|\\p{IsHan}{2}[市县区])(?:分院|分所|分校|分中心|分市场)");

	private BranchNames() {
	}

	/** The mentions with each institution joined to the branch written after it. */
	static List<Mention> joined(AnalysedSentence sentence, List<Mention> mentions) {
		List<Mention> joined = new ArrayList<>(mentions);
		for (Mention parent : mentions) {
			if (parent.type() != EntityType.INSTITUTION) {
				continue;
			}
			Matcher branch = BRANCH.matcher(sentence.text().substring(parent.end() - sentence.start()));
			if (branch.find()) {
				Mention whole = new Mention(parent.type(), parent.name() + branch.group(), parent.start(),
						parent.end() + branch.end());
				joined.removeIf(whole::overlaps);
				joined.add(whole);
			}
		}
		return joined;
	}

}

package org.policygraph.extraction;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/** How a list after a verb of focus ends and splits into members, and when its members are products of one kind. */
final class FocusLists {

	private static final Pattern FIELD = Pattern.compile("(产业链|产业集群|产业|行业|领域)(?![化用])");

	private static final String NOT_PRODUCT_HEADS = "链化区园业制地点群性";

	private FocusLists() {
	}

	/**
	 * 重点投向新能源、智能装备领域重大项目, 围绕智能电气产业链布局人才链: 领域, or a classifier a verb (布局, even
	 * tagged a noun) follows, closes the list; what follows it is what the sectors are for (but 数字产业化 is a process
	 * and 产业用纺织品 a product).
	 */
	static String closedAtField(AnalysedSentence sentence, int from, String list) {
		Matcher field = FIELD.matcher(list);
		while (field.find()) {
			if (field.start() > 0 && (field.group().equals("领域") || verbAt(sentence, from + field.end()))) {
				return list.substring(0, field.end());
			}
		}
		return list;
	}

	private static boolean verbAt(AnalysedSentence sentence, int i) {
		int token = sentence.tokenAt(sentence.start() + i);
		if (token < 0 || sentence.tokens().get(token).offset() != sentence.start() + i) {
			return false;
		}
		Token word = sentence.tokens().get(token);
		return word.isVerb() || LeftExtension.GOVERNING_VERBS.contains(word.word());
	}

	/** 驱动电机、电控系统和汽车线束: members at 、, the last two at 和 (及 and 与 stay inside: 汽车及零部件). */
	static String[] split(String list) {
		String[] members = list.split("、", -1);
		String lastMember = members[members.length - 1];
		int he = lastMember.lastIndexOf('和');
		if (he <= 0 || he == lastMember.length() - 1) {
			return members;
		}
		String[] split = new String[members.length + 1];
		System.arraycopy(members, 0, split, 0, members.length - 1);
		split[members.length - 1] = lastMember.substring(0, he);
		split[members.length] = lastMember.substring(he + 1);
		return split;
	}

	/** 重点发展高多层板、HDI板和IC载板: three or more products of one kind (not 强链、补链、延链) make a list of sectors. */
	static boolean sharedHead(String[] members) {
		char head = members[0].isEmpty() ? ' ' : members[0].charAt(members[0].length() - 1);
		return members.length >= 3 && Character.isIdeographic(head) && NOT_PRODUCT_HEADS.indexOf(head) < 0
				&& Arrays.stream(members)
					.allMatch((member) -> member.length() >= 2 && member.charAt(member.length() - 1) == head);
	}

}

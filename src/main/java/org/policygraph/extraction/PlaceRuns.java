package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places {@link RegionRecogniser} finds in the text however HanLP segmented them: districts and towns listed together
 * (禅城区、南海区、三水区和高明区) and the place after a verb of location (位于坊子区).
 */
final class PlaceRuns {

	/** 禅城区、南海区、三水区和高明区: districts in a list are regions even when HanLP misses some of them. */
	private static final Pattern DISTRICT_MEMBER_RUN = Pattern.compile(
			"[\u4e00-\u9fa5]{2}[区县](?:[、和][\u4e00-\u9fa5]{2}[区县])+(?![\u4e00-\u9fa5])");

	private static final Pattern DISTRICT_MEMBER = Pattern.compile("[^、和]{2}(?:[区县镇乡]|街道)");

	/** 许村镇、马桥街道、长安镇: towns and subdistricts in a list opening a clause, however HanLP tagged them. */
	private static final Pattern TOWN_MEMBER_RUN = Pattern.compile(
			"(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{2}(?:镇|乡|街道)(?:、[\u4e00-\u9fa5]{2}(?:镇|乡|街道))+");

	/** 位于坊子区, 位于芜湖市鸠江区, 位于飞云街道的: the place after a verb of location, however HanLP segmented it. */
	private static final Pattern LOCATED = Pattern.compile(
			"(?:位于|地处|坐落于)((?:[\\u4e00-\\u9fa5]{2,3}[省市])?)([\\u4e00-\\u9fa5]{2}(?:[市县区镇乡]|街道))(?=[，。；、）的]|$)");

	private PlaceRuns() {
	}

	/** The places after 位于, 地处 or 坐落于. */
	static List<Mention> located(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		Matcher located = LOCATED.matcher(sentence.text());
		while (located.find()) {
			for (int group = 1; group <= 2; group++) {
				if (!located.group(group).isEmpty() && !RegionRecogniser.ZONE.matcher(located.group(group)).matches()
						&& !RegionRecogniser.NOT_PLACE.matcher(located.group(group)).matches()) {
					int start = sentence.start() + located.start(group);
					mentions.add(new Mention(EntityType.REGION, located.group(group), start,
							start + located.group(group).length()));
				}
			}
		}
		return mentions;
	}

	/** The members of lists of districts, counties, towns and subdistricts. */
	static List<Mention> lists(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>(members(sentence, DISTRICT_MEMBER_RUN));
		mentions.addAll(members(sentence, TOWN_MEMBER_RUN));
		return mentions;
	}

	private static boolean isNoPlace(Mention mention) {
		return RegionRecogniser.ZONE.matcher(mention.name()).matches()
				|| RegionRecogniser.NOT_PLACE.matcher(mention.name()).matches();
	}

	private static List<Mention> members(AnalysedSentence sentence, Pattern run) {
		List<Mention> mentions = new ArrayList<>();
		Matcher list = run.matcher(sentence.text());
		while (list.find()) {
			Matcher member = DISTRICT_MEMBER.matcher(list.group());
			List<Mention> members = new ArrayList<>();
			while (member.find()) {
				int start = sentence.start() + list.start() + member.start();
				members.add(new Mention(EntityType.REGION, member.group(), start, start + member.group().length()));
			}
			if (members.size() > 1 && members.stream().noneMatch(PlaceRuns::isNoPlace)) {
				mentions.addAll(members);
			}
		}
		return mentions;
	}

}

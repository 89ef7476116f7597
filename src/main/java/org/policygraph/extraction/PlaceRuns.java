package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

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

	/** 海盐经济开发区（西塘桥街道）: the town or subdistrict in brackets after a name is where it lies. */
	private static final Pattern BRACKETED_TOWN = Pattern.compile("（([\u4e00-\u9fa5]{2,4}(?:镇|乡|街道))）");

	/** 位于坊子区, 位于芜湖市鸠江区, 位于飞云街道的: the place after a verb of location, however HanLP segmented it. */
	private static final Pattern LOCATED = Pattern.compile(
			"(?:位于|地处|坐落于)((?:[\\u4e00-\\u9fa5]{2,3}[省市])?)([\\u4e00-\\u9fa5]{2}(?:[市县区镇乡]|街道))(?=[，。；、）的]|$)");

	private static final Set<String> PLACE_CLASSES = Set.of("地", "地区", "国", "国家", "城市");

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

	/**
	 * The members of lists of districts, counties, towns and subdistricts, of places closed by 等地, and a town in
	 * brackets.
	 */
	static List<Mention> lists(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>(members(sentence, DISTRICT_MEMBER_RUN));
		mentions.addAll(members(sentence, TOWN_MEMBER_RUN));
		mentions.addAll(placesBeforeDeng(sentence));
		Matcher bracketed = BRACKETED_TOWN.matcher(sentence.text());
		while (bracketed.find()) {
			int start = sentence.start() + bracketed.start(1);
			mentions.add(new Mention(EntityType.REGION, bracketed.group(1), start, start + bracketed.group(1).length()));
		}
		return mentions;
	}

	/**
	 * 在迪拜、墨西哥城等地, 在上海张江、深圳南山等地: the place names HanLP found in a list closed by 等地 (or 等国家,
	 * 等城市) are places, foreign cities and a city's quarter included; each member is one run of place names.
	 */
	private static List<Mention> placesBeforeDeng(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		List<Token> tokens = sentence.tokens();
		for (int i = 1; i + 1 < tokens.size(); i++) {
			if (tokens.get(i).word().equals("等") && PLACE_CLASSES.contains(tokens.get(i + 1).word())) {
				mentions.addAll(membersBefore(sentence, i));
			}
		}
		return mentions;
	}

	private static List<Mention> membersBefore(AnalysedSentence sentence, int deng) {
		List<Mention> members = new ArrayList<>();
		int last = deng - 1;
		while (last >= 0 && sentence.tokens().get(last).partOfSpeech().startsWith("ns")) {
			int first = last;
			while (first > 0 && sentence.tokens().get(first - 1).partOfSpeech().startsWith("ns")) {
				first--;
			}
			int start = sentence.tokens().get(first).offset();
			Mention member = new Mention(EntityType.REGION, sentence.slice(start, sentence.tokens().get(last).end()), start,
					sentence.tokens().get(last).end());
			if (!isNoPlace(member)) {
				members.add(member);
			}
			boolean listed = first > 1 && sentence.tokens().get(first - 1).word().matches("、|和");
			last = listed ? first - 2 : -1;
		}
		return members;
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

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * Recognises the parties of a partnership (腾能智能与凯波集团共建…): in a clause with a partnership verb, the names on
 * either side of 与 are organisations, taken as enterprises when no head noun says otherwise; needs tokens.
 */
class PartnerRecogniser implements MentionRecogniser {

	private static final Pattern PARTNERSHIP = Pattern.compile("([^，。；：]{2,12})与([^，。；：]{2,12}?)(?:共建|合作|签约|签订|签署|联合|共同)");

	/** 推动高明区与广东工业大学共建: a party named like a district or county is a region. */
	private static final Pattern REGION_SHAPED = Pattern.compile("[\\u4e00-\\u9fa5]{2}[区县市]");

	private final LeftExtension extension = new LeftExtension(10, false);

	private final Lexicons lexicons;

	private final GenericWords generic;

	PartnerRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.generic = new GenericWords(lexicons);
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		Matcher matcher = PARTNERSHIP.matcher(sentence.text());
		while (matcher.find()) {
			int at = sentence.start() + matcher.end(1);
			int left = sentence.tokenAt(at - 1);
			if (left >= 0) {
				add(sentence, withPlace(sentence, this.extension.start(sentence.tokens(), left, at)), at, mentions);
			}
			int rightEnd = sentence.start() + matcher.end(2);
			add(sentence, at + 1, rightEnd, mentions);
		}
		return mentions;
	}

	private void add(AnalysedSentence sentence, int start, int end, List<Mention> mentions) {
		List<Token> tokens = sentence.tokens().stream()
			.filter((token) -> token.offset() >= start && token.end() <= end)
			.toList();
		boolean proper = !tokens.isEmpty() && (tokens.stream().allMatch(this.extension::isNamePart) || isBrand(tokens));
		String name = Names.strip(sentence.slice(start, end));
		boolean place = this.lexicons.regions().stream().anyMatch((region) -> name.startsWith(region))
				|| this.lexicons.regionShortForms().keySet().stream().anyMatch(name::startsWith);
		if (this.lexicons.heads().get(name) == EntityType.PARK) {
			// 开发区与浙江师范大学共建: a kind of park alone refers back to a park, and is no district.
			return;
		}
		if (proper && REGION_SHAPED.matcher(name).matches()) {
			mentions.add(new Mention(EntityType.REGION, name, start, end));
		}
		else if (proper && !place && name.length() >= 2 && !name.endsWith("企业") && !isCategory(name)) {
			EntityType type = this.lexicons.headOf(name).map(this.lexicons.heads()::get).orElse(EntityType.ENTERPRISE);
			mentions.add(new Mention(type, name, start, end));
		}
	}

	/** 浙江科技大市场东阳分市场: a party too long for the walk still begins with the place right before it. */
	private static int withPlace(AnalysedSentence sentence, int start) {
		int before = sentence.tokenAt(start - 1);
		boolean place = before >= 0 && sentence.tokens().get(before).partOfSpeech().startsWith("ns");
		return place ? sentence.tokens().get(before).offset() : start;
	}

	/**
	 * 亚马逊全球开店 segmented 亚马逊/nrf 全球/n 开店/vi: a brand that starts with a foreign or trade name may end with
	 * the intransitive verb of the service it names.
	 */
	private boolean isBrand(List<Token> tokens) {
		Token last = tokens.get(tokens.size() - 1);
		boolean named = tokens.get(0).partOfSpeech().matches("nrf|nz") && tokens.size() > 1;
		return named && last.partOfSpeech().equals("vi") && !LeftExtension.GOVERNING_VERBS.contains(last.word())
				&& tokens.subList(0, tokens.size() - 1).stream().allMatch(this.extension::isNamePart);
	}

	/** 企业与高校院所合作: a party without a head of its own made of generic words is a kind of party. */
	private boolean isCategory(String name) {
		return this.lexicons.headOf(name).isEmpty() && this.generic.isGeneric(name, false);
	}

}

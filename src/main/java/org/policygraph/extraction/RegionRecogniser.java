package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.extraction.hanlp.Token;

/**
 * Recognises administrative places: divisions of the region lexicon in full or bare form (慈溪市, 慈溪), then HanLP's
 * place names (ns) that survive a filter of its usual false positives; needs tokens.
 */
class RegionRecogniser implements MentionRecogniser {

	private static final Set<String> NOT_PLACES = Set.of("中国", "国家", "全国", "开发区", "街道", "镇街道", "园区", "全省",
			"全市", "省内", "市内", "国内", "海外", "海内外", "沿山线", "北仑港");

	private final Lexicons lexicons;

	private final Map<String, String> shortForms;

	RegionRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.shortForms = lexicons.regionShortForms();
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		for (Token token : sentence.tokens()) {
			String word = token.word();
			if (this.lexicons.regions().contains(word)) {
				mentions.add(new Mention(EntityType.REGION, word, token.offset(), token.end()));
			}
			else if (this.shortForms.containsKey(word)) {
				mentions.add(new Mention(EntityType.REGION, this.shortForms.get(word), List.of(word), token.offset(),
						token.end()));
			}
			else if (token.partOfSpeech().startsWith("ns") && isPlace(word)) {
				mentions.add(new Mention(EntityType.REGION, word, token.offset(), token.end()));
			}
		}
		return mentions;
	}

	private static boolean isPlace(String word) {
		return word.length() >= 2 && !NOT_PLACES.contains(word) && !word.startsWith("的") && !word.endsWith("路")
				&& !word.endsWith("园") && !word.endsWith("区") && !word.endsWith("线");
	}

}

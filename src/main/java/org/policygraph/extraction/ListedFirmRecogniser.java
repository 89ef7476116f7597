package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * Firms named by a four-character short name as the subject of a title or list they enter (华奥精密获评江苏省工程技术研究中心,
 * 2023年华康药业入选…培育企业名单, 恒邦户外、乐途文体获评…): needs the sentence's text and words, adds enterprise mentions.
 * A name that holds a word of two characters or more that is a verb, adverb, pronoun or number (我市先后获评,
 * 优先推荐入选; HanLP tags single characters of a trade name at random: 博/ag 通/v), a place, a sector word or a head
 * noun is none.
 */
class ListedFirmRecogniser implements MentionRecogniser {

	private static final Pattern LISTED = Pattern.compile("(?:^|[，；。]|\\d{4}年，?)((?:\\p{IsHan}{4}、)*\\p{IsHan}{4})"
			+ "(?:成功|先后|均)?(?:入选|获评|被认定为|被评为|荣获)[^，。；]*(?:名单|企业|中心|工厂|车间|冠军|品牌)");

	private static final Pattern NOT_A_NAME_WORD = Pattern.compile("v.*|d.*|r.*|p.*|c.*|m.*|q.*|u.*|f.*|t.*|w.*");

	/** Words of a category rather than a firm's name (重点项目, 相关产品, 示范车间, 全市企业). */
	private static final Pattern GENERIC = Pattern.compile("(?:重点|相关|优秀|首批|一批|多家|部分|示范|龙头|骨干).*"
			+ "|.*(?:企业|公司|全市|全县|全省|我|本|该|其).*"
			+ "|.*(?:项目|产品|品牌|车间|工厂|基地|平台|集群|产业|行业|领域|工程|计划|单位|机构|团队|人才|学校|医院)");

	private final Lexicons lexicons;

	ListedFirmRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> firms = new ArrayList<>();
		Matcher listed = LISTED.matcher(sentence.text());
		while (listed.find()) {
			int at = sentence.start() + listed.start(1);
			for (String name : listed.group(1).split("、")) {
				if (isFirmName(sentence, name, at)) {
					firms.add(new Mention(EntityType.ENTERPRISE, name, at, at + name.length()));
				}
				at += name.length() + 1;
			}
		}
		return firms;
	}

	private boolean isFirmName(AnalysedSentence sentence, String name, int start) {
		boolean words = sentence.tokens()
			.stream()
			.filter((token) -> token.end() > start && token.offset() < start + name.length() && token.word().length() > 1)
			.map(Token::partOfSpeech)
			.noneMatch((tag) -> NOT_A_NAME_WORD.matcher(tag).matches());
		return words && this.lexicons.typeOf(name).isEmpty() && !this.lexicons.startsWithPlace(name)
				&& this.lexicons.industries().stream().noneMatch(name::startsWith)
				&& !GENERIC.matcher(name).matches();
	}

}

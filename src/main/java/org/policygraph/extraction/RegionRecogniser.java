package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * Recognises administrative places: divisions of the region lexicon in full or bare form (慈溪市, 慈溪), and HanLP's
 * place names (ns) that end with an administrative suffix (横河镇); needs tokens. HanLP's bare place names are too
 * often parts of other names (杭州湾, 滨海) to be trusted alone, and a bare form HanLP reads as a personal name
 * (业务上云和数据上云) is none.
 */
class RegionRecogniser implements MentionRecogniser {

	private static final Pattern ADMINISTRATIVE = Pattern.compile("[\\u4e00-\\u9fa5]{2,8}(省|市|县|镇|乡|街道)");

	/** A district: a two-character place and 区 (禅城区), not a zone such as 开发区 or 园区. */
	private static final Pattern DISTRICT = Pattern.compile("[\\u4e00-\\u9fa5]{2}区");

	static final Pattern ZONE = Pattern.compile(".*(发区|业区|范区|能区|验区|行区|聚区|税区|园区|新区|社区|片区|湾区|景区|港区|校区|厂区|矿区|辖区|市区|山区|街区|小区|专区|特区|地区|分区|商区|住区|营区|军区|老区|灾区|试区|改区)");

	private static final Pattern TOWN = Pattern.compile("[\\u4e00-\\u9fa5]{2}(?<![小城乡重名强古集特])[镇乡]|[\\u4e00-\\u9fa5]{2}街道");

	static final Pattern NOT_PLACE = Pattern.compile("^[各和的在全本我该大小新].*|.{2,}(城市|大市)$");

	/** Areas named by a place and 新区 or 地区 (杭州湾新区, 前湾地区). */
	private static final Set<String> AREA_SUFFIXES = Set.of("新区", "地区");

	private final Lexicons lexicons;

	private final Map<String, String> shortForms;

	RegionRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.shortForms = lexicons.regionShortForms();
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		List<Token> tokens = sentence.tokens();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			String word = token.word();
			if (this.lexicons.regions().contains(word)) {
				mentions.add(new Mention(EntityType.REGION, word, token.offset(), token.end()));
			}
			else if (this.shortForms.containsKey(word) && i + 1 < tokens.size()
					&& AREA_SUFFIXES.contains(tokens.get(i + 1).word())) {
				mentions.add(new Mention(EntityType.REGION, word + tokens.get(i + 1).word(), token.offset(),
						tokens.get(i + 1).end()));
				i++;
			}
			else if (this.shortForms.containsKey(word) && !isBrand(sentence, token)
					&& !token.partOfSpeech().startsWith("nr")) {
				mentions.add(new Mention(EntityType.REGION, this.shortForms.get(word), List.of(word), token.offset(),
						token.end()));
			}
			else if (AREA_SUFFIXES.contains(word) && i > 0 && tokens.get(i - 1).partOfSpeech().startsWith("ns")) {
				int start = placeRunStart(tokens, i - 1);
				mentions.add(new Mention(EntityType.REGION, sentence.slice(start, token.end()), start, token.end()));
			}
			else if (token.partOfSpeech().startsWith("ns") || isTown(token)) {
				int start = townStart(tokens, i);
				String name = sentence.slice(start, token.end());
				boolean district = DISTRICT.matcher(name).matches() && !ZONE.matcher(name).matches();
				if ((district || ADMINISTRATIVE.matcher(name).matches()) && !NOT_PLACE.matcher(name).matches()) {
					mentions.add(new Mention(EntityType.REGION, name, start, token.end()));
				}
			}
		}
		PlaceRuns.located(sentence).stream()
			.filter((place) -> mentions.stream().noneMatch(place::overlaps))
			.forEach(mentions::add);
		PlaceRuns.lists(sentence).stream()
			.filter((member) -> mentions.stream().noneMatch(member::overlaps))
			.forEach(mentions::add);
		return DistrictsWithCity.join(mentions);
	}

	/**
	 * “浙江制造” and “品字标浙江制造” are brands: a bare place inside quotes that runs on into a word is not a region,
	 * one that ends a phrase (“研发在上海、转化在乐清”) is.
	 */
	private static boolean isBrand(AnalysedSentence sentence, Token token) {
		String before = sentence.text().substring(0, token.offset() - sentence.start());
		String after = sentence.text().substring(token.end() - sentence.start());
		return before.lastIndexOf('“') > before.lastIndexOf('”') && !after.isEmpty()
				&& Character.isIdeographic(after.codePointAt(0));
	}

	/** The first of the place-name tokens that end at token {@code last}: 宁波 杭州湾 in 宁波杭州湾新区. */
	private static int placeRunStart(List<Token> tokens, int last) {
		int first = last;
		while (first > 0 && tokens.get(first - 1).partOfSpeech().startsWith("ns")) {
			first--;
		}
		return tokens.get(first).offset();
	}

	/**
	 * HanLP splits 横河镇 into 横 and 河镇, 北白象镇 into 北 and 白象镇 and 江口街道 into 江口 and 街道; a lone character
	 * before a two-character town, a direction before a town and a place before 街道 belong to it.
	 */
	private static int townStart(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		boolean shortTown = token.word().length() == 2 && token.word().endsWith("镇");
		Token before = (i > 0) ? tokens.get(i - 1) : null;
		boolean lone = before != null && before.word().length() == 1 && !before.isPunctuation();
		if (lone && (shortTown || isTown(token) && before.partOfSpeech().equals("f"))) {
			return withSurnameCharacter(tokens, i - 1, token.end());
		}
		if (lone && token.word().length() == 3 && token.word().matches(".*[镇乡]")) {
			return withSurnameCharacter(tokens, i, token.end());
		}
		boolean subdistrict = token.word().equals("街道") && before != null && before.word().length() > 1
				&& before.partOfSpeech().startsWith("ns");
		return subdistrict ? before.offset() : token.offset();
	}

	/**
	 * 杨二庄镇 segmented 杨/ng 二/m 庄镇/ns, 王官庄镇 segmented 王/n 官庄镇/ns: a four-character town may begin with a
	 * one-character noun (a family name) that HanLP split off; token {@code first} is where the town starts so far.
	 */
	private static int withSurnameCharacter(List<Token> tokens, int first, int end) {
		Token before = (first > 0) ? tokens.get(first - 1) : null;
		boolean surname = before != null && end - tokens.get(first).offset() == 3 && before.word().length() == 1
				&& before.partOfSpeech().matches("n|ng|nr.*") && !LeftExtension.isStopWord(before)
				&& "省市县区镇乡".indexOf(before.word().charAt(0)) < 0;
		return surname ? before.offset() : tokens.get(first).offset();
	}

	/** 丁蜀镇, 官林镇: HanLP takes towns it does not know for personal names; a town is no kind of town (小镇, 城镇). */
	private static boolean isTown(Token token) {
		return token.partOfSpeech().matches("nr.*|nz") && TOWN.matcher(token.word()).matches();
	}

}

package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.extraction.hanlp.Token;

/**
 * Recognises names that end with an organisational head noun (局, 大学, 产业园, 集团, 计划 …): needs the tokens, adds
 * a mention typed by the head, its start found by extending left over the tokens.
 */
class HeadNounRecogniser implements MentionRecogniser {

	private static final int MAX_LENGTH = 26;

	/** Names right after 获评 or 被认定为 are honours (a programme), whatever their head (四星级工业园区, 市级众创空间). */
	private static final Pattern HONOURS = Pattern.compile("(获评|认定为|评为|列为|入选)$");

	/** Counted slogans (一区一园一中心一飞地, 五个一产业园, 2个主平台+6个重点产业园+N小微园) are not names. */
	static final Pattern SLOGAN = Pattern.compile("一[^一]{1,3}一|个一|\\+N|[•·]$|[一二三四五六七八九十两]大");

	/** What is left of 新一轮 or 一批 when segmentation splits it from the name. */
	static final Pattern NON_NAME_PREFIX = Pattern.compile("^(新?一?轮|新?一批|出一批)");

	private static final Pattern EDITION = Pattern.compile("^（[^（）]{0,10}\\d[^（）]{0,10}）");

	private static final Pattern TOWNSHIP = Pattern.compile("[\\u4e00-\\u9fa5]{2}(镇|街道|乡)");

	private static final Pattern AGENCY_START = Pattern.compile("[市省县区镇]|国家|中央|全国");

	private final Lexicons lexicons;

	private final LeftExtension extension = new LeftExtension(MAX_LENGTH, false);

	private final LeftExtension programmeExtension = new LeftExtension(MAX_LENGTH, true);

	private final GenericWords generic;

	HeadNounRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.generic = new GenericWords(lexicons);
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		List<Token> tokens = sentence.tokens();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.isVerb() || token.isPunctuation()) {
				continue;
			}
			if (endsWithShortHeadInsideAWord(token)) {
				continue;
			}
			String upToHere = sentence.slice(sentence.start(), token.end());
			Optional<String> head = this.lexicons.headOf(upToHere);
			if (head.isPresent()) {
				mention(sentence, i, head.get()).ifPresent(mentions::add);
			}
		}
		return mentions;
	}

	private Optional<Mention> mention(AnalysedSentence sentence, int last, String head) {
		List<Token> tokens = sentence.tokens();
		int end = tokens.get(last).end();
		int headToken = sentence.tokenAt(end - head.length());
		if (headToken < 0) {
			return Optional.empty();
		}
		boolean programme = this.lexicons.heads().get(head) == EntityType.PROGRAMME;
		int start = (programme ? this.programmeExtension : this.extension).start(tokens, headToken, end);
		start = programme ? fromGuanyu(sentence, start) : start;
		start = (this.lexicons.heads().get(head) == EntityType.AGENCY) ? acrossHe(sentence, start, end) : start;
		start = afterUnclosedBracket(sentence, start, end);
		start = afterLeadingAgency(sentence, start, end);
		end = withEditionInBrackets(sentence, end);
		String name = NON_NAME_PREFIX.matcher(Names.strip(sentence.slice(start, end))).replaceFirst("");
		if (SLOGAN.matcher(name).find()) {
			return Optional.empty();
		}
		if (this.lexicons.standaloneHeads().contains(name)) {
			return Optional.of(new Mention(typeOf(name, head), name, start, end));
		}
		String modifier = name.substring(0, Math.max(0, name.lastIndexOf(head)));
		boolean honour = HONOURS.matcher(sentence.slice(sentence.start(), start)).find();
		EntityType type = honour ? EntityType.PROGRAMME : typeOf(name, head);
		boolean placesMakeProper = type == EntityType.INSTITUTION || type == EntityType.PROGRAMME
				|| type == EntityType.TALENT_SCHEME;
		if (this.lexicons.placedHeads().contains(head) && !this.lexicons.startsWithPlace(name)) {
			return Optional.empty();
		}
		boolean proper = (type == EntityType.AGENCY) ? isAgencyName(name)
				: honour || this.lexicons.standaloneHeads().contains(head)
						|| !this.generic.isGeneric(modifier, placesMakeProper);
		return (modifier.isEmpty() || !proper) ? Optional.empty() : Optional.of(new Mention(type, name, start, end));
	}

	/** 名单（2021年版） and 实施方案（2021-2023年）: a dated edition in brackets belongs to the name. */
	private static int withEditionInBrackets(AnalysedSentence sentence, int end) {
		Matcher edition = EDITION.matcher(sentence.text().substring(end - sentence.start()));
		return edition.find() ? end + edition.end() : end;
	}

	/** 局, 委, 办 and 厅 end names only as words of their own or of an organisation name, not in 格局 or 大厅. */
	private boolean endsWithShortHeadInsideAWord(Token token) {
		String word = token.word();
		boolean shortHead = this.lexicons.headOf(word).filter((head) -> head.length() == 1).isPresent();
		return shortHead && word.length() == 2 && !token.partOfSpeech().startsWith("nt")
				&& !this.lexicons.heads().containsKey(word);
	}

	/** An agency's name starts with its place (市, 省, 慈溪市 …) or is a leading group. */
	private boolean isAgencyName(String name) {
		return AGENCY_START.matcher(name).lookingAt() || name.contains("领导小组") || TOWNSHIP.matcher(name).find()
				|| this.lexicons.startsWithPlace(name);
	}


	/** 工信部两化融合贯标试点 names the programme after its issuing agency; the agency is not part of the name. */
	private int afterLeadingAgency(AnalysedSentence sentence, int start, int end) {
		String name = sentence.slice(start, end);
		for (String agency : this.lexicons.standaloneHeads()) {
			if (name.startsWith(agency) && name.length() > agency.length() + 1) {
				return start + agency.length();
			}
		}
		return start;
	}

	/** Agencies named for two portfolios (经济和信息化局) continue across the 和. */
	private int acrossHe(AnalysedSentence sentence, int start, int end) {
		int before = sentence.tokenAt(start - 1);
		boolean joinsTwoAgencies = before > 0 && this.lexicons.headOf(sentence.slice(sentence.start(), start - 1))
			.filter((head) -> this.lexicons.heads().get(head) == EntityType.AGENCY)
			.isPresent();
		if (before > 0 && sentence.tokens().get(before).word().equals("和") && !joinsTwoAgencies) {
			return this.extension.start(sentence.tokens(), before - 1, end);
		}
		return start;
	}

	/** Titles like 关于支持工业企业留工优工稳增促投的实施意见 run from 关于 across the 的. */
	private static int fromGuanyu(AnalysedSentence sentence, int start) {
		String before = sentence.slice(sentence.start(), start);
		int guanyu = before.lastIndexOf("关于");
		boolean sameClause = guanyu >= 0 && before.substring(guanyu).chars().noneMatch((c) -> "，。；：、".indexOf(c) >= 0);
		return (sameClause && before.endsWith("的")) ? sentence.start() + guanyu : start;
	}

	/** A name cannot begin outside a bracket it closes inside: 开发区（园区 becomes 园区, then fails as generic. */
	private static int afterUnclosedBracket(AnalysedSentence sentence, int start, int end) {
		String name = sentence.slice(start, end);
		int depth = 0;
		int cut = -1;
		for (int i = name.length() - 1; i >= 0; i--) {
			char c = name.charAt(i);
			depth += (c == '）' || c == ')') ? 1 : (c == '（' || c == '(') ? -1 : 0;
			if (depth < 0) {
				cut = i + 1;
				break;
			}
		}
		return (cut < 0) ? start : start + cut;
	}

	private EntityType typeOf(String name, String head) {
		EntityType type = this.lexicons.heads().get(head);
		return (type == EntityType.PROGRAMME && this.lexicons.isTalentName(name)) ? EntityType.TALENT_SCHEME : type;
	}

}

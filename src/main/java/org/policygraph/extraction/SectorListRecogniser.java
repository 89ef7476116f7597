package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises industries listed after a verb of focus (重点发展驱动电机、电控系统和汽车线束; 聚焦建筑陶瓷和陶瓷装备;
 * 重点发展新能源动力和储能装备产业): needs only the sentence text, adds one industry per member of the list, split at
 * 、 and at a last 和, with the 产业/行业 suffix of the last member as its alias. Members need not be in the industry
 * lexicon when the list closes with 产业/行业/领域 or another member is in it.
 */
class SectorListRecogniser implements MentionRecogniser {

	private static final Pattern TRIGGER = Pattern.compile("(重点发展|重点培育|重点投向|重点布局|聚焦|主攻|主要从事|专注于?|围绕)");

	/** The end of a list: its classifier, after a 等 or a count with a short modifier (四大关键零部件领域). */
	private static final Pattern CLASSIFIED = Pattern.compile(
			"(?:(等|等?[\\d两二三四五六七八九十]+(?:大|个|条|类))([^、]{0,6}?))?(产业链|产业集群|产业|行业|领域|方向|环节|项目)$");

	/** 重点培育数字经济核心产业: words that rank the sectors before their classifier are no part of the last one. */
	private static final Pattern RANKS = Pattern.compile("(?<=\\p{IsHan}{2})(核心|主导|支柱|优势|特色|新兴|传统)+$");

	private static final Pattern MEMBER = Pattern.compile("[\\u4e00-\\u9fa5A-Za-z0-9]{2,12}");

	/**
	 * 传统产业, 重点领域, 聚焦制造业产业导向: words that classify sectors without naming one (but 高端纱线 names one,
	 * a lexicon word after the classifying word).
	 */
	private static final Pattern GENERIC = Pattern.compile(
			"^(传统|新兴|优势|主导|特色|重点|相关|其他|关键|上下游|配套|高端|核心|重大|新建|在建|(制造|服务|工)业$)");

	/** 主要从事汽车轻量化材料生产, 小家电跨境出口: the activity after the product is not part of the industry. */
	private static final Pattern ACTIVITY = Pattern.compile("(跨境)?(研发|生产|制造|加工|销售|出口)+$");

	/** 重点投向人才企业早期项目: a member that speaks of firms or people (or holds 的, 等) names no sector. */
	private static final Pattern PARTIES = Pattern.compile("企业|人才|的|等");

	private static final Pattern PRODUCT_HEAD = Pattern.compile("(材料|零部件|配件|装备|设备|制品|器件|产品)$");

	private static final String CLAUSE_ENDS = "，。；：！？";

	/** 围绕动力电池回收利用和储能电池开展技术攻关: the verb of the clause ends a list of two or more members. */
	private static final Set<String> PREDICATES = Set.of("开展", "建设", "推进", "实施", "打造", "加快", "推动", "形成",
			"建成", "提升", "开发", "引进", "进行", "加强", "实现", "取得");

	private final Lexicons lexicons;

	SectorListRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		String text = sentence.text();
		Matcher trigger = TRIGGER.matcher(text);
		while (trigger.find()) {
			int from = trigger.end();
			int end = from;
			while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0
					&& !(predicateAt(sentence, end) && isList(text.substring(from, end)))) {
				end++;
			}
			mentions.addAll(members(sentence, from, text.substring(from, end)));
		}
		return mentions;
	}

	private static boolean isList(String text) {
		return text.contains("、") || text.contains("和");
	}

	private static boolean predicateAt(AnalysedSentence sentence, int i) {
		int offset = sentence.start() + i;
		return sentence.tokens().stream().anyMatch((token) -> token.offset() == offset
				&& token.partOfSpeech().equals("v") && PREDICATES.contains(token.word()));
	}

	private List<Mention> members(AnalysedSentence sentence, int from, String text) {
		String list = FocusLists.closedAtField(sentence, from, text);
		Matcher closing = CLASSIFIED.matcher(list);
		boolean classified = closing.find();
		int etc = list.indexOf('等');
		if (!classified && etc > 0 && SectorContext.namesNoSector(list, etc, etc)) {
			return List.of();
		}
		String listed = classified ? RANKS.matcher(list.substring(0, closing.start())).replaceFirst("")
				: list.replaceFirst("等.*$", "");
		boolean suffixed = classified && closing.group(1) == null && listed.length() == closing.start();
		String suffix = suffixed ? closing.group(3) : "";
		String[] members = FocusLists.split(classified ? listed : ACTIVITY.matcher(listed).replaceFirst(""));
		if (!classified && !anyIndustry(members) && !FocusLists.sharedHead(members)
				|| Arrays.stream(members).anyMatch((member) -> !MEMBER.matcher(member).matches())) {
			return List.of();
		}
		return mentions(sentence.start() + from, members, classified, suffix);
	}

	private List<Mention> mentions(int offset, String[] members, boolean classified, String suffix) {
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < members.length; i++) {
			String member = members[i];
			if (isIndustry(member, members.length > 1 || classified)) {
				boolean suffixed = i == members.length - 1 && suffix.matches("产业|行业");
				List<String> aliases = suffixed ? List.of(member + suffix) : List.of();
				mentions.add(new Mention(EntityType.INDUSTRY, member, aliases, offset, offset + member.length()));
			}
			offset += member.length() + 1;
		}
		return mentions;
	}

	private boolean anyIndustry(String[] members) {
		for (String member : members) {
			if (this.lexicons.industries().stream().anyMatch(member::contains)) {
				return true;
			}
		}
		return false;
	}

	private boolean isIndustry(String member, boolean listed) {
		Matcher generic = GENERIC.matcher(member);
		boolean classifies = generic.find() && member.length() <= 4
				&& !this.lexicons.industries().contains(member.substring(generic.end()));
		if (classifies || PARTIES.matcher(member).find()) {
			return false;
		}
		return listed || this.lexicons.industries().stream().anyMatch(member::contains) && endsWithProduct(member);
	}

	/** 围绕有机硅下游高端应用: a lone member names a sector only when it ends with a sector or product word. */
	private boolean endsWithProduct(String member) {
		return PRODUCT_HEAD.matcher(member).find() || this.lexicons.industries().stream().anyMatch(member::endsWith);
	}

}

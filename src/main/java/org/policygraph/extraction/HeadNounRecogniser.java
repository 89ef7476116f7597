package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.policygraph.extraction.hanlp.Token;

/**
 * Recognises names that end with an organisational head noun (局, 大学, 产业园, 集团, 计划 …): needs the tokens, adds
 * a mention typed by the head, its start found by extending left over the tokens.
 */
class HeadNounRecogniser implements MentionRecogniser {

	private static final int MAX_LENGTH = 26;

	/** Modifiers that alone do not make a name proper (数字化车间 is a kind of thing, not a name). */
	private static final Set<String> GENERIC_MODIFIERS = Set.of("省", "市", "省级", "市级", "国家", "国家级", "县级", "镇",
			"企业", "工业", "产业", "专业", "重点", "示范", "科技", "创新", "服务", "管理", "工作", "专项", "政府", "部门", "行业",
			"小微", "数字化", "智能", "研发", "技术", "高新", "园", "开发", "建设", "发展", "实施", "推进", "领导", "试点", "人才",
			"项目", "中小企业", "规上企业", "新型", "高端", "特色", "主", "平台", "机构", "公共", "培训", "两个", "六个", "十大",
			"招商", "运营", "生产", "制造", "商务", "经济", "社会", "中心", "基地", "评价", "政策", "配套", "扶持", "工程",
			"研究", "统筹", "标杆", "典型", "一体化", "合作", "交流", "组织", "行动", "计划", "战略", "业务", "主管", "分", "职业",
			"技能", "民办", "综合", "组建", "重大", "物业", "咨询", "软件", "系统", "集成", "设备", "金融", "融资", "担保", "投资", "宝贵", "建议", "答复",
			"具体", "代表", "绿色", "创投", "并购", "重组", "不良资产", "金融服务", "智能制造", "物业管理", "工程服务", "概念性",
			"市场化", "整体", "总体", "年度", "全域", "各类", "现代化", "信息化", "专题", "党政", "主要", "区域", "国际",
			"国内", "地方", "上级", "基层", "乡镇", "村级", "街道", "社区", "单位", "成员", "核心", "联合", "对接", "培育");

	private final Lexicons lexicons;

	private final LeftExtension extension = new LeftExtension(MAX_LENGTH, false);

	private final LeftExtension programmeExtension = new LeftExtension(MAX_LENGTH, true);

	HeadNounRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
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
		start = afterUnclosedBracket(sentence, start, end);
		String name = Names.strip(sentence.slice(start, end));
		if (this.lexicons.standaloneHeads().contains(name)) {
			return Optional.of(new Mention(typeOf(name, head), name, start, end));
		}
		if (name.length() <= head.length() || isGeneric(sentence, start, end, head)) {
			return Optional.empty();
		}
		return Optional.of(new Mention(typeOf(name, head), name, start, end));
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

	private static boolean isGeneric(AnalysedSentence sentence, int start, int end, String head) {
		int modifierEnd = end - head.length();
		for (Token token : sentence.tokens()) {
			int from = Math.max(token.offset(), start);
			int to = Math.min(token.end(), modifierEnd);
			String piece = (from < to) ? Names.strip(sentence.slice(from, to)) : "";
			if (!piece.isEmpty() && !GENERIC_MODIFIERS.contains(piece)) {
				return false;
			}
		}
		return true;
	}

}

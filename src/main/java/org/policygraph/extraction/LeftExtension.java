package org.policygraph.extraction;

import java.util.List;
import java.util.Set;

import org.policygraph.extraction.hanlp.Token;

/**
 * Finds where a name begins by walking left from its head over segmentation tokens, stopping at punctuation, function
 * words (的, 与, 和, 、 …) and verbs. Names of programmes may contain verbs (企业培育方案, 人才倍增行动); for them only
 * the verbs that govern a programme (出台, 实施, 列入 …) stop the walk, unless one is a noun right before the head (发展规划纲要).
 */
class LeftExtension {

	/** 昆山市创新创业领军人才计划: nouns HanLP tags as adverbs (领军/d), which belong to a name. */
	private static final Set<String> NOUNS_TAGGED_AS_ADVERBS = Set.of("领军");

	static final Set<String> STOP_WORDS = Set.of("的", "与", "和", "及", "或", "等", "在", "对", "为", "将", "由",
			"向", "从", "把", "被", "以", "是", "了", "并", "其", "该", "各", "本", "我", "我市", "全市", "全省", "我局", "一是",
			"二是", "三是", "四是", "五是", "六是", "依托", "通过", "按照", "围绕", "积极", "大力", "深入", "全面", "着力",
			"进一步", "重点", "新增", "共", "有", "首批", "一批", "今年", "目前", "其中", "另有", "包括", "主要", "以及", "如",
			"即", "指", "含", "已", "正", "还", "也", "都", "又", "更", "最", "于", "至", "到", "个", "家", "项", "其他", "相关",
			"有关", "下步", "同时", "新一轮", "一轮", "高水平", "高起点", "高标准", "原", "精心", "辅助", "持续", "继续", "今后", "多提", "提", "首次", "中的", "出", "会同");

	static final Set<String> GOVERNING_VERBS = Set.of("出台", "制定", "制订", "印发", "编制", "完成", "实施",
			"启动", "开展", "推进", "推动", "建立", "修订", "列入", "入选", "获评", "入围", "获得", "获", "发布", "深化", "贯彻",
			"落实", "申报", "参与", "加入", "组织", "加快", "提出", "对接", "纳入", "结合", "聚焦", "支持", "鼓励", "引导", "加强",
			"进入", "提交", "做好", "打造", "立项", "认定", "升级", "研究", "起草", "设立", "成立", "举办", "承办", "构建", "优化",
			"健全", "完善", "创建", "建设", "谋划", "树立", "筛选", "跟踪", "开通", "引进", "提高", "列为", "涌现", "推出", "听取", "主攻", "紧盯",
			"指导", "邀请", "带动", "组建", "推广", "扶持", "引入", "实行", "执行", "评为", "确定", "部署", "召开", "编制完成", "深化实施",
			"成为", "作为", "承担", "推行", "包含", "涵盖", "享受", "给予", "体现", "依据", "遴选", "落户", "入驻", "布局", "规划", "建成", "委托", "争取");

	/** 杭州未来科技城: a quality HanLP tags a time word (未来/t), which belongs to a name. */
	private static final Set<String> QUALITIES_TAGGED_AS_TIME = Set.of("未来");

	/** 宁波美国创新孵化器, 协同创新研究院: verbs that name what an institution or park does. */
	private static final Set<String> NAME_VERBS = Set.of("创新", "协同");

	private static final Set<String> LEVELS = Set.of("省", "市", "县", "区", "国家");

	private final int maxLength;

	private final boolean verbsInside;

	private final boolean singleCharacterVerbsInside;

	LeftExtension(int maxLength, boolean verbsInside) {
		this(maxLength, verbsInside, false);
	}

	/**
	 * @param singleCharacterVerbsInside whether one-character verbs belong to the name, as in the trade names of
	 * companies (恒能动力电池股份有限公司, where HanLP tags 能 a verb)
	 */
	LeftExtension(int maxLength, boolean verbsInside, boolean singleCharacterVerbsInside) {
		this.maxLength = maxLength;
		this.verbsInside = verbsInside;
		this.singleCharacterVerbsInside = singleCharacterVerbsInside;
	}

	/**
	 * Offset where the name that ends at {@code end} begins.
	 * @param tokens the sentence's tokens
	 * @param first index of the token the name surely starts at or before
	 * @param end offset just past the name
	 */
	int start(List<Token> tokens, int first, int end) {
		int start = tokens.get(first).offset();
		for (int i = first - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			boolean levelled = this.verbsInside && (isLevelledFocus(tokens, i) || i == first - 1 && isNounBeforeHead(tokens, i))
					|| VerbsInNames.belongs(tokens, i, i == first - 1, this.singleCharacterVerbsInside)
					|| isPartNoun(tokens, i);
			if (!levelled && !isNamePart(token) || end - token.offset() > this.maxLength
					|| isVerbComplement(tokens, i)) {
				break;
			}
			start = token.offset();
		}
		return start;
	}

	/**
	 * 省重点技术改造项目导向目录, 重点零部件企业白名单: 重点 after a level of government, or before a noun (not a verb of
	 * focus, as in 重点发展), is part of a programme's name.
	 */
	private static boolean isLevelledFocus(List<Token> tokens, int i) {
		return tokens.get(i).word().equals("重点") && (i > 0 && LEVELS.contains(tokens.get(i - 1).word())
				|| i + 1 < tokens.size() && tokens.get(i + 1).partOfSpeech().matches("n|nz|nf|ng"));
	}

	/**
	 * 发展规划纲要, 产业发展对接指引, 海外高层次人才引进计划: a word that governs programmes (规划, 对接, 引进) is part of
	 * the name when it is a noun or an intransitive verb (which takes no object) right before the head, or a verb whose
	 * object, the people it brings in, stands before it.
	 */
	private static boolean isNounBeforeHead(List<Token> tokens, int i) {
		String tag = tokens.get(i).partOfSpeech();
		boolean objectBefore = tag.equals("v") && i > 0 && tokens.get(i - 1).word().equals("人才");
		return GOVERNING_VERBS.contains(tokens.get(i).word()) && (tag.equals("n") || tag.equals("vi") || objectBefore);
	}

	/**
	 * 激光器件, 覆盖件 segmented 激光器/n 件/q and 覆盖/v 件/q: 件 right after a noun or verb (not after a numeral) makes a
	 * word with it, the name of a part.
	 */
	private static boolean isPartNoun(List<Token> tokens, int i) {
		boolean part = i + 1 < tokens.size() && isPartClassifier(tokens, i + 1) && tokens.get(i).isVerb();
		return part || isPartClassifier(tokens, i);
	}

	private static boolean isPartClassifier(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		return token.word().equals("件") && token.partOfSpeech().equals("q") && i > 0
				&& tokens.get(i - 1).partOfSpeech().matches("n|nz|v");
	}

	/** 做强产业园区, 做强创业创新学院: a one-character adjective after a verb completes the verb, not the name. */
	private static boolean isVerbComplement(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		return i > 0 && token.word().length() == 1 && token.partOfSpeech().equals("a") && tokens.get(i - 1).isVerb();
	}

	static boolean isStopWord(Token token) {
		return STOP_WORDS.contains(token.word());
	}

	/**
	 * Whether a token may stand inside a name; the ordinal of 第五批…名单 (第, or 第二 as one word) may, other numeral
	 * classifiers not.
	 */
	boolean isNamePart(Token token) {
		String word = token.word();
		if (this.verbsInside && word.equals("及") || word.equals("暨")) {
			// 市企业发展服务平台暨8718公共服务慈溪平台, 浙江农林大学暨阳学院: 暨 joins the two names of one body.
			return true;
		}
		if (STOP_WORDS.contains(word) || GOVERNING_VERBS.contains(word) && !(this.verbsInside && word.equals("建设"))) {
			return false;
		}
		if (token.isPunctuation()) {
			return word.equals("“") || word.equals("”") || word.equals("·") || word.equals("+") || word.equals("（")
					|| word.equals("）");
		}
		if (token.isVerb()) {
			return this.verbsInside || NAME_VERBS.contains(word) || this.singleCharacterVerbsInside && word.length() == 1;
		}
		String tag = token.partOfSpeech();
		if (tag.equals("t") && word.chars().noneMatch(Character::isDigit) && !QUALITIES_TAGGED_AS_TIME.contains(word)) {
			return false;
		}
		if (word.equals("分") && tag.startsWith("q")) {
			// 东阳分市场, 宁波分中心: a branch is named by its place and 分.
			return true;
		}
		if (tag.startsWith("m") || tag.equals("q") || tag.equals("qt")) {
			return this.verbsInside && (!tag.equals("mq") || word.startsWith("第"));
		}
		boolean adverbInName = tag.equals("dg") || this.verbsInside && tag.equals("d") && word.length() == 1
				|| NOUNS_TAGGED_AS_ADVERBS.contains(word);
		return !tag.startsWith("p") && !tag.startsWith("c") && !tag.startsWith("u")
				&& (!tag.startsWith("d") || adverbInName) && !tag.startsWith("r") && !tag.startsWith("y")
				&& !tag.startsWith("e");
	}

}

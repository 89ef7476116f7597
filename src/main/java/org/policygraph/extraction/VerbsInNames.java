package org.policygraph.extraction;

import java.util.List;
import java.util.Set;

import org.policygraph.extraction.hanlp.Token;

/**
 * Words HanLP tags as verbs (or governing words) that still belong to a name, as {@link LeftExtension} walks left: a
 * one-character verb bound to a morpheme (智造), an intransitive verb naming a carrier (启航众创空间), an agency's
 * portfolio (经济发展局), a trade name (江苏远航…集团有限公司, 中国建设银行).
 */
final class VerbsInNames {

	private static final Set<String> COMPANY_WORDS = Set.of("银行", "集团", "公司");

	private VerbsInNames() {
	}

	/**
	 * Whether token {@code i} belongs to the name although its tag would stop the walk.
	 * @param beforeHead whether the token stands right before the name's head
	 * @param company whether the name is a company's
	 */
	static boolean belongs(List<Token> tokens, int i, boolean beforeHead, boolean company) {
		return company && (isTradeNoun(tokens, i) || isTradeNameVerb(tokens, i) || isFundPurpose(tokens, i))
				|| beforeHead && (isPortfolio(tokens, i) || isIntransitiveName(tokens, i)) || isLabField(tokens, i)
				|| isBoundVerb(tokens, i);
	}

	/**
	 * 智能配电联合实验室 segmented 智能/n 配电/v, 光电显示材料联合实验室 segmented 光电/nz 显示/v 材料/n: a verb between a
	 * noun or adjective and a joint laboratory, or the noun before it, names its field (a shared laboratory is named by
	 * what shares it: 综合体共享实验室).
	 */
	private static boolean isLabField(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		boolean lab = i + 1 < tokens.size() && tokens.get(i + 1).word().equals("联合实验室") || i + 2 < tokens.size()
				&& tokens.get(i + 1).partOfSpeech().equals("n") && tokens.get(i + 2).word().equals("联合实验室");
		return lab && token.isVerb() && token.word().length() > 1 && i > 0
				&& tokens.get(i - 1).partOfSpeech().matches("n|nz|a") && !LeftExtension.GOVERNING_VERBS.contains(token.word())
				&& !LeftExtension.STOP_WORDS.contains(token.word());
	}

	/**
	 * 大唐袜业智造小微企业园 segmented 智/ng 造/v, 五金管业 segmented 管/v 业/ng: a one-character verb next to a bound
	 * morpheme makes a word with it, which may stand inside a name.
	 */
	private static boolean isBoundVerb(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		if (!token.isVerb() || token.word().length() != 1) {
			return false;
		}
		boolean before = i > 0 && isBoundMorpheme(tokens.get(i - 1)) && !(i > 1 && isBoundMorpheme(tokens.get(i - 2)));
		boolean after = i + 1 < tokens.size() && isBoundMorpheme(tokens.get(i + 1))
				&& !(i + 2 < tokens.size() && isBoundMorpheme(tokens.get(i + 2)));
		// 入/v 驻/v 坊/ng 子/ng: two bound morphemes make a word of their own, and two verbs one (入驻).
		boolean afterVerb = i > 0 && tokens.get(i - 1).isVerb() && tokens.get(i - 1).word().length() == 1;
		return (before || after) && !afterVerb;
	}

	/** 智/ng, and the Latin letter of 上虞区e游小镇 (e/nx 游/v), make a word with a one-character verb beside them. */
	private static boolean isBoundMorpheme(Token token) {
		return token.word().length() == 1 && (token.partOfSpeech().matches("ng|ag|vg") || token.word().matches("[A-Za-z]"));
	}

	/**
	 * 启航众创空间: an intransitive verb right before a bare head noun, which takes no object, may name the carrier
	 * (not before a name HanLP found: 签约江西硅途科技有限公司).
	 */
	private static boolean isIntransitiveName(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		return token.partOfSpeech().equals("vi") && token.word().length() == 2 && !LeftExtension.GOVERNING_VERBS.contains(token.word())
				&& !LeftExtension.STOP_WORDS.contains(token.word()) && tokens.get(i + 1).partOfSpeech().equals("n");
	}

	/**
	 * 经济发展局 segmented 经济发展/v 局/n, 人事代表选举工作委员会: a verb right before an agency's head names its
	 * portfolio.
	 */
	private static boolean isPortfolio(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		return tokens.get(i + 1).word().matches("局|委|(工作)?委员会") && token.isVerb() && token.word().length() > 1
				&& !LeftExtension.GOVERNING_VERBS.contains(token.word()) && !LeftExtension.STOP_WORDS.contains(token.word());
	}

	/** 江苏远航重型装备集团有限公司: a verb right after a company's place is its trade name. */
	private static boolean isTradeNameVerb(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		return token.isVerb() && i > 0 && tokens.get(i - 1).partOfSpeech().startsWith("ns")
				&& !LeftExtension.GOVERNING_VERBS.contains(token.word()) && !LeftExtension.STOP_WORDS.contains(token.word());
	}

	/**
	 * 产业转型升级基金 segmented 转型/vn 升级/vi 基金/n, 高质量发展基金 segmented 发展/vn 基金/nt: an intransitive or verbal
	 * noun before 基金 names the fund's purpose.
	 */
	private static boolean isFundPurpose(List<Token> tokens, int i) {
		return tokens.get(i).partOfSpeech().matches("vi|vn") && i + 1 < tokens.size()
				&& tokens.get(i + 1).word().endsWith("基金");
	}

	/**
	 * 中国建设银行潍坊分行, 长兴经开区开发建设集团有限公司: a word that governs programmes may be a noun between a place or
	 * noun and a bank or company.
	 */
	private static boolean isTradeNoun(List<Token> tokens, int i) {
		String tag = tokens.get(i).partOfSpeech();
		boolean beforeCompany = i + 1 < tokens.size() && COMPANY_WORDS.stream().anyMatch(tokens.get(i + 1).word()::endsWith);
		return LeftExtension.GOVERNING_VERBS.contains(tokens.get(i).word()) && (tag.equals("n") || tag.equals("vn"))
				&& i > 0 && tokens.get(i - 1).partOfSpeech().matches("ns.*|n|vn") && beforeCompany;
	}

}

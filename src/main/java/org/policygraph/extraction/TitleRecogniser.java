package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises titled documents 《…》 as programmes (or talent schemes when the title names a talent plan), with the
 * short form a following （下称“…”） introduces; needs only the sentence text. Delegates' suggestions and
 * compilations are skipped.
 */
class TitleRecogniser implements MentionRecogniser {

	private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,80})》(?:（(?:以下|下)简?称“([^”]{1,20})”）)?");

	/** Delegates' suggestions and proposals, and compilations of other policies (《…惠企政策汇编》), are no programmes. */
	private static final Pattern COMMENTS_AND_COMPILATIONS = Pattern.compile("(建议|提案|汇编|选编)$");

	private final Lexicons lexicons;

	TitleRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	@Override
	public List<Mention> recognise(AnalysedSentence sentence) {
		List<Mention> mentions = new ArrayList<>();
		Matcher matcher = TITLE.matcher(sentence.text());
		while (matcher.find()) {
			String name = Names.strip(matcher.group(1));
			if (COMMENTS_AND_COMPILATIONS.matcher(name).find()) {
				continue;
			}
			EntityType type = TalentSignals.namesTalentPlan(this.lexicons, name) ? EntityType.TALENT_SCHEME
					: EntityType.PROGRAMME;
			List<String> aliases = (matcher.group(2) != null) ? List.of(matcher.group(2)) : List.of();
			int start = sentence.start() + matcher.start();
			mentions.add(new Mention(type, name, aliases, start, start + matcher.group(1).length() + 2));
		}
		return mentions;
	}

}

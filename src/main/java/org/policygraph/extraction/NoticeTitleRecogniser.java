package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the programme a notice publishes: the list or plan its title line names (关于公布X名单的通知 → X名单,
 * 关于印发X行动计划的通知 → X行动计划; the notice itself is no programme) and the one its annex line names
 * (附件：X名单) or a line names by itself, and the agency that starts the title line. Needs the analysed sentences
 * of a whole document and adds a mention at every place the document writes that name, so that the prose
 * (…等10家综合体列入X名单) and the table under the annex refer to it.
 */
class NoticeTitleRecogniser {

	private static final Pattern NOTICE = Pattern.compile("[\\s\\u3000]*(?<issuer>[^，。；\\s]{0,30}?)关于"
			+ "(?:公布|印发|发布|下达|转发|公示)(?<name>[^《》，。；]{4,80})的(?:通知|公告|公示|决定)[\\s\\u3000]*");

	private static final Pattern ANNEX = Pattern.compile(
			"[\\s\\u3000]*附件\\d*[：:][\\s\\u3000]*" + NumberedItem.NUMBER + "(?<name>[^《》，。；]{4,80}?)[\\s\\u3000]*");

	/** A line that is a list's name by itself, as above the table of an annex. */
	private static final Pattern LIST_LINE = Pattern.compile("[\\s\\u3000]*" + NumberedItem.NUMBER + "(?<name>[^、，。；：:,;\\s（(]{2,60}(?:名单|名录|目录|清单))[\\s\\u3000]*");

	/** A period in brackets after a plan's head (行动计划（2024—2026年）), part of the name but not its head. */
	private static final Pattern PERIOD = Pattern.compile("[（(][^（）()]*[）)]$");

	/** The honour a list confers: 2023年度温州市星级小微企业园 of 2023年度温州市星级小微企业园名单. */
	private static final Pattern HONOUR = Pattern.compile("(.{6,})名单");

	private static final Pattern PHRASE_END = Pattern.compile("[，。；、：,;]");

	private final Lexicons lexicons;

	NoticeTitleRecogniser(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/** Mentions per sentence, in the order of the sentences. */
	List<List<Mention>> recognise(List<AnalysedSentence> sentences) {
		Set<String> names = new LinkedHashSet<>();
		sentences.forEach((sentence) -> published(sentence.text()).ifPresent(names::add));
		return sentences.stream().map((sentence) -> {
			List<Mention> mentions = new ArrayList<>(occurrences(sentence, names));
			issuer(sentence).ifPresent(mentions::add);
			return mentions;
		}).toList();
	}

	/** The agency a title line starts with (滁州市人民政府办公室关于印发…的通知), when its head says it is one. */
	private Optional<Mention> issuer(AnalysedSentence sentence) {
		Matcher title = NOTICE.matcher(sentence.text());
		if (!title.matches() || title.group("issuer").isEmpty() || !isProgramme(Names.strip(title.group("name")))
				|| this.lexicons.typeOf(title.group("issuer")).filter((type) -> type == EntityType.AGENCY).isEmpty()) {
			return Optional.empty();
		}
		int start = sentence.start() + title.start("issuer");
		int end = sentence.start() + title.end("issuer");
		return Optional.of(new Mention(EntityType.AGENCY, title.group("issuer"), start, end));
	}

	/** The programme a title or annex line names, written as in the text. */
	private Optional<String> published(String line) {
		for (Pattern pattern : List.of(NOTICE, ANNEX, LIST_LINE)) {
			Matcher matcher = pattern.matcher(line);
			if (matcher.matches() && isProgramme(Names.strip(matcher.group("name")))) {
				return Optional.of(matcher.group("name"));
			}
		}
		return Optional.empty();
	}

	private boolean isProgramme(String name) {
		String head = PERIOD.matcher(name).replaceFirst("");
		return this.lexicons.typeOf(head).filter((type) -> type == EntityType.PROGRAMME).isPresent();
	}

	/**
	 * Where the sentence writes a published name outside a 《》 title, and the honour a list confers (X of X名单) where it
	 * stands as a phrase of its own (确定…为2023年度温州市星级小微企业园，), as an alias of the list.
	 */
	private List<Mention> occurrences(AnalysedSentence sentence, Set<String> names) {
		List<Mention> mentions = new ArrayList<>();
		for (String written : names) {
			String name = Names.strip(written);
			EntityType type = TalentSignals.namesTalentPlan(this.lexicons, name) ? EntityType.TALENT_SCHEME : EntityType.PROGRAMME;
			for (int at : places(sentence.text(), written, false)) {
				mentions.add(new Mention(type, name, sentence.start() + at, sentence.start() + at + written.length()));
			}
			Matcher list = HONOUR.matcher(written);
			if (list.matches()) {
				String honour = list.group(1);
				for (int at : places(sentence.text(), honour, true)) {
					int start = sentence.start() + at;
					mentions.add(new Mention(type, name, List.of(Names.strip(honour)), start, start + honour.length()));
				}
			}
		}
		return mentions;
	}

	/** Offsets where the text writes the words outside a 《》 title, as a phrase of their own if so asked. */
	private static List<Integer> places(String text, String words, boolean phrase) {
		List<Integer> places = new ArrayList<>();
		for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
			int end = at + words.length();
			boolean ends = end == text.length() || PHRASE_END.matcher(text).region(end, text.length()).lookingAt();
			if (!Names.insideTitle(text, at) && (ends || !phrase)) {
				places.add(at);
			}
		}
		return places;
	}

}

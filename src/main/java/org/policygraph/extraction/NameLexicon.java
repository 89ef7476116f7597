package org.policygraph.extraction;

import java.util.Optional;
import java.util.Set;

/**
 * The industry and region words of the extractor's lexicons (行业词表, 行政区划), for readers outside the pipeline
 * that must recognise names the way the extractor does: a sector word bare or with its 产业/行业/产业链/制造 suffix,
 * a division in full or in its bare form (慈溪 for 慈溪市). Loaded once, immutable and safe to share.
 */
public final class NameLexicon {

	private final Lexicons lexicons;

	private NameLexicon(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/** Reads the lexicon resources under {@code lexicon/}. */
	public static NameLexicon load() {
		return new NameLexicon(Lexicons.load());
	}

	/** The sector word the text names, itself or with one of the industry suffixes; empty when it names none. */
	public Optional<String> industry(String text) {
		if (this.lexicons.industries().contains(text)) {
			return Optional.of(text);
		}
		return Lexicons.INDUSTRY_SUFFIXES.stream()
			.filter((suffix) -> text.length() > suffix.length() && text.endsWith(suffix))
			.map((suffix) -> text.substring(0, text.length() - suffix.length()))
			.filter(this.lexicons.industries()::contains)
			.findFirst();
	}

	/** The full name of the division the text names in full or bare form; empty when it names none. */
	public Optional<String> region(String text) {
		if (this.lexicons.regions().contains(text)) {
			return Optional.of(text);
		}
		return Optional.ofNullable(this.lexicons.regionShortForms().get(text));
	}

	/** Every sector word, without suffix. */
	public Set<String> industries() {
		return this.lexicons.industries();
	}

	/** Every division, with its suffix. */
	public Set<String> regions() {
		return this.lexicons.regions();
	}

	/** Every bare form of a division (慈溪), without the suffix its full name has. */
	public Set<String> regionShortForms() {
		return this.lexicons.regionShortForms().keySet();
	}

}

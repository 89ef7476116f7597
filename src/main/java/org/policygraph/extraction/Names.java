package org.policygraph.extraction;

/** Canonical spelling of names: quotes, title marks and whitespace removed, as the annotation guideline asks. */
final class Names {

	private static final String STRIPPED = "“”‘’\"'《》〈〉「」『』";

	private Names() {
	}

	static String strip(String surface) {
		StringBuilder name = new StringBuilder(surface.length());
		surface.codePoints()
			.filter((c) -> STRIPPED.indexOf(c) < 0 && !Character.isWhitespace(c) && c != '\u3000')
			.forEach(name::appendCodePoint);
		return name.toString();
	}

	/** Whether the offset lies inside a 《》 title of the text. */
	static boolean insideTitle(String text, int at) {
		int open = text.lastIndexOf('《', at);
		return open >= 0 && text.indexOf('》', open) >= at;
	}

}

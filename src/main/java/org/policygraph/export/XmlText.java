package org.policygraph.export;

/**
 * Makes text safe to write into XML 1.0, which cannot hold most control characters even escaped: they are dropped
 * (StAX escapes {@code <}, {@code &} and quotes itself).
 */
final class XmlText {

	private XmlText() {
	}

	static String of(String text) {
		if (text.codePoints().allMatch(XmlText::allowed)) {
			return text;
		}
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().filter(XmlText::allowed).forEach(safe::appendCodePoint);
		return safe.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}

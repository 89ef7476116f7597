package org.policygraph.extraction;

import java.util.regex.Pattern;

/**
 * Recognises a numbered heading standing as a sentence of its own (第五条 实施“专精特新”中小企业培育行动。, (三)实施"专精特新"培育行动.,
 * 一、强化政策引领): the programme it names is what the measures under it are for when they name nothing themselves.
 */
final class NumberedHeading {

	private static final Pattern HEADING = Pattern.compile(
			"^(?:第[一二三四五六七八九十百]+条|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、,，]|\\d+[.、．])\\s*[^，,；;。.]{2,40}[。.]?$");

	private NumberedHeading() {
	}

	static boolean is(String sentence) {
		return HEADING.matcher(sentence.strip()).matches();
	}

}

package org.policygraph.extraction;

import org.policygraph.extraction.hanlp.ScriptConverter;

/**
 * Simplified Chinese for text written in traditional characters (軸承 → 轴承), for readers outside the pipeline that
 * compare a user's words with the simplified names the extractor finds.
 */
public final class ChineseScript {

	private ChineseScript() {
	}

	/** The text in simplified characters. */
	public static String simplified(String text) {
		return ScriptConverter.simplified(text);
	}

}

package org.policygraph.extraction.hanlp;

import com.hankcs.hanlp.HanLP;

/** Converts traditional Chinese characters (繁體) to simplified ones with HanLP's bundled conversion tables. */
public final class ScriptConverter {

	private ScriptConverter() {
	}

	/** The text in simplified characters; characters that are simplified already stay as they are. */
	public static String simplified(String text) {
		return HanLP.convertToSimplifiedChinese(text);
	}

}

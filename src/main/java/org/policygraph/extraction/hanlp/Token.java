package org.policygraph.extraction.hanlp;

/**
 * One word of segmented text, independent of HanLP's own classes.
 *
 * @param word the word as it stands in the text
 * @param partOfSpeech HanLP's part-of-speech tag (PKU style: {@code n}, {@code v}, {@code ns}, {@code nt} …)
 * @param offset offset of the word's first character in the segmented text
 */
public record Token(String word, String partOfSpeech, int offset) {

	/** Offset just past the word's last character. */
	public int end() {
		return this.offset + this.word.length();
	}

	public boolean isVerb() {
		return this.partOfSpeech.equals("v") || this.partOfSpeech.equals("vi") || this.partOfSpeech.equals("vd");
	}

	/** Whether the word is punctuation; HanLP also tags rare characters w (昇 of 宏昇精机), which are not. */
	public boolean isPunctuation() {
		return this.partOfSpeech.startsWith("w") && !Character.isIdeographic(this.word.codePointAt(0));
	}

}

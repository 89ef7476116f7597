package org.policygraph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameLexiconTests {

	private static final NameLexicon LEXICON = NameLexicon.load();

	@Test
	void recognisesASectorWordBareOrWithItsSuffix() {
		assertThat(LEXICON.industry("智能家电")).contains("智能家电");
		assertThat(LEXICON.industry("智能家电产业")).contains("智能家电");
		assertThat(LEXICON.industry("轴承产业链")).contains("轴承");
		assertThat(LEXICON.industry("家电行业")).contains("家电");
		assertThat(LEXICON.industry("火星旅游产业")).isEmpty();
		assertThat(LEXICON.industry("产业")).isEmpty();
	}

	@Test
	void recognisesADivisionInFullOrBareForm() {
		assertThat(LEXICON.region("慈溪市")).contains("慈溪市");
		assertThat(LEXICON.region("慈溪")).contains("慈溪市");
		assertThat(LEXICON.region("浙江")).contains("浙江省");
		assertThat(LEXICON.region("火星")).isEmpty();
	}

	@Test
	void exposesTheWordListsItReads() {
		assertThat(LEXICON.industries()).contains("智能家电").doesNotContain("智能家电产业");
		assertThat(LEXICON.regions()).contains("宁波市");
		assertThat(LEXICON.regionShortForms()).contains("宁波");
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompoundPlaceTests {

	@Test
	void splitsAPlaceWrittenWithItsCity() {
		assertThat(parts("台州市温岭市")).containsExactly("台州市", "温岭市");
		assertThat(parts("绍兴市柯桥区")).containsExactly("绍兴市", "柯桥区");
	}

	@Test
	void splitsACityTheLexiconDoesNotList() {
		assertThat(parts("九江市永修县")).containsExactly("九江市", "永修县");
	}

	@Test
	void keepsOneDivisionWhole() {
		assertThat(parts("台州湾新区")).containsExactly("台州湾新区");
		assertThat(parts("温岭市")).containsExactly("温岭市");
	}

	@Test
	void keepsTheOffsetsOfEachPart() {
		List<Sentence> parts = CompoundPlace.parts(new Sentence("湖州市长兴县", 10, 16), Sentences.LEXICONS);
		assertThat(parts).containsExactly(new Sentence("湖州市", 10, 13), new Sentence("长兴县", 13, 16));
	}

	private static List<String> parts(String place) {
		return CompoundPlace.parts(new Sentence(place, 0, place.length()), Sentences.LEXICONS)
			.stream()
			.map(Sentence::text)
			.toList();
	}

}

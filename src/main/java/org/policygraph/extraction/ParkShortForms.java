package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A district-like short form that stands for a park named earlier in the document (滨海经济开发区 … 滨海区获评…): the
 * place is the park, with the short form as its alias; and a district no lexicon knows listed right after a zone
 * (带动高新区、滨海区…) is a zone too (needs the mentions of every sentence, retypes some of them).
 */
class ParkShortForms {

	private final Lexicons lexicons;

	ParkShortForms(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	private static final Pattern DISTRICT = Pattern.compile("\\p{IsHan}{2}区");

	/** How far into a park's name its own stem may start, after the place that owns it (慈溪滨海经济开发区). */
	private static final int MAX_STEM_OFFSET = 3;

	/** Retypes, in place, each bare district whose stem opens the name of a park mentioned before it. */
	void apply(List<List<Mention>> mentions) {
		List<Mention> parks = new ArrayList<>();
		for (List<Mention> sentence : mentions) {
			for (int i = 0; i < sentence.size(); i++) {
				Mention mention = sentence.get(i);
				if (mention.type() == EntityType.PARK) {
					parks.add(mention);
				}
				else if (isBareDistrict(mention)) {
					Optional<Mention> park = parkWithStem(parks, mention.name().substring(0, 2));
					int at = i;
					park.ifPresent((named) -> sentence.set(at, new Mention(EntityType.PARK, named.name(),
							List.of(mention.name()), mention.start(), mention.end())));
					if (park.isEmpty() && i > 0 && isListedAfterZone(sentence.get(i - 1), mention)) {
						sentence.set(i, new Mention(EntityType.PARK, mention.name(), mention.start(), mention.end()));
					}
				}
			}
		}
	}

	private static boolean isBareDistrict(Mention mention) {
		return mention.type() == EntityType.REGION && mention.aliases().isEmpty()
				&& DISTRICT.matcher(mention.name()).matches();
	}

	/** 高新区、滨海区: a district no lexicon knows, one separator after a zone, is listed with it as a zone. */
	private boolean isListedAfterZone(Mention previous, Mention district) {
		return previous.type() == EntityType.PARK && previous.name().endsWith("区")
				&& previous.end() + 1 == district.start() && !this.lexicons.regions().contains(district.name());
	}

	private static Optional<Mention> parkWithStem(List<Mention> parks, String stem) {
		return parks.stream().filter((park) -> {
			int at = park.name().indexOf(stem);
			return at >= 0 && at <= MAX_STEM_OFFSET && park.name().endsWith("区");
		}).findFirst();
	}

}

package org.policygraph.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that opens with the bare head of the one park the sentence before named (二是建设清河羊绒小镇。小镇规划面积…，
 * 入选…名单): the head is a mention of that park, so the sentence's relations reach it (needs the mentions of every
 * sentence, adds mentions).
 */
class OpeningAnaphors {

	private static final Pattern HEAD = Pattern
		.compile("^(?:该)?(开发区|经开区|高新区|园区|产业园|小镇|飞地|综合体)(?=[\\p{IsHan}&&[^的内和与及等、]])");

	/** Adds the mentions, in place. */
	void apply(List<AnalysedSentence> sentences, List<List<Mention>> mentions) {
		for (int i = 1; i < sentences.size(); i++) {
			Matcher head = HEAD.matcher(sentences.get(i).text());
			int end = sentences.get(i).start() + (head.find() ? head.end() : 0);
			Optional<Mention> park = onlyPark(mentions.get(i - 1));
			if (end > sentences.get(i).start() && park.isPresent() && refersTo(head.group(1), park.get().name())
					&& mentions.get(i).stream().noneMatch((mention) -> mention.start() < end)) {
				mentions.get(i).add(0, new Mention(EntityType.PARK, park.get().name(), park.get().aliases(),
						sentences.get(i).start(), end));
			}
		}
	}

	/** The one park a sentence names, if it names exactly one. */
	private static Optional<Mention> onlyPark(List<Mention> mentions) {
		List<Mention> parks = mentions.stream().filter((mention) -> mention.type() == EntityType.PARK).toList();
		boolean one = !parks.isEmpty() && parks.stream().allMatch((park) -> park.name().equals(parks.get(0).name()));
		return one ? Optional.of(parks.get(0)) : Optional.empty();
	}

	/** 园区 refers back to any park; other heads to a park whose name ends with them (经开区 to a 经济技术开发区). */
	private static boolean refersTo(String head, String park) {
		return head.equals("园区") || park.endsWith(head) || head.equals("经开区") && park.endsWith("经济技术开发区")
				|| head.equals("开发区") && park.endsWith("开发区");
	}

}

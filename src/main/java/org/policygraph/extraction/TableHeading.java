package org.policygraph.extraction;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list a table flattened to text gives its rows, read from the lines just above its header row: a programme they
 * name, a line that names a list by itself, or the title a caption says the rows entered.
 */
final class TableHeading {

	private static final int HEADING_DISTANCE = 3;

	private static final Pattern ANNEX = Pattern.compile("^附件\\d*[：:]?\\s*");

	/** A line announcing rows that are no list's members (部分重点项目如下：), unlike 部分名单如下：. */
	private static final Pattern OTHER_ROWS = Pattern.compile("^(?!.*(?:名单|名录|目录|清单|培育库)).*如下[：:]?$");

	/** A table's caption (附表：…, 表1 …): the line that says what the rows are, whether or not they are a list. */
	private static final Pattern CAPTION = Pattern.compile("^\\s*(?:附表\\d*|表\\s*\\d+)[：:\\s]");

	private static final Pattern LIST_TITLE = Pattern.compile("[^，。；：:,;]{2,40}(?:名单|名录|目录|清单)");

	/** A policy document or plan, which rows are listed under (根据《…认定管理办法》) but never in. */
	private static final Pattern POLICY = Pattern
		.compile("(?:办法|方案|意见|通知|规定|细则|政策|条例|纲要|规划|计划)(?:（[^（）]*）)?$");

	private static final Pattern ENTERED = Pattern
		.compile("(?:入选|列入|获评|认定为|评为)(.{4,30}?)(?:名单)?(?:情况|一览表|汇总表)?(?:[（(].*[）)])?$");

	private TableHeading() {
	}

	/**
	 * The list the table gives: the longest programme named in the lines just above the header that is no policy
	 * document or plan, else a line there that names a
	 * list by itself (…名单, 附件：…目录), else {@code null}, as when the line announces rows of something else
	 * (部分重点项目如下：) or is a caption that names no list (附表：我市陶瓷领域校企联合实验室（部分）); a caption that says
	 * its rows entered a title gives the list the document names for it
	 * (表1 2023年我市入选第五批国家级专精特新“小巨人”企业情况 → 第五批国家级专精特新小巨人企业名单).
	 */
	static EntityRef list(List<MentionedSentence> sentences, int header) {
		for (int i = header - 1; i >= Math.max(0, header - HEADING_DISTANCE); i--) {
			Optional<Mention> programme = sentences.get(i)
				.ofTypes(Set.of(EntityType.PROGRAMME))
				.stream()
				.filter((mention) -> !POLICY.matcher(mention.name()).find())
				.max(Comparator.comparingInt(Mention::length));
			if (programme.isPresent()) {
				return sentences.get(i).ref(programme.get());
			}
			String text = sentences.get(i).sentence().text();
			if (OTHER_ROWS.matcher(text).find()) {
				return null;
			}
			String line = CAPTION.matcher(ANNEX.matcher(text.strip()).replaceFirst("")).replaceFirst("").strip();
			if (LIST_TITLE.matcher(line).matches()) {
				return new EntityRef(EntityType.PROGRAMME, line);
			}
			if (CAPTION.matcher(text).find()) {
				return entered(text, sentences).orElse(null);
			}
		}
		return null;
	}

	private static Optional<EntityRef> entered(String caption, List<MentionedSentence> sentences) {
		Matcher entered = ENTERED.matcher(caption.strip());
		if (!entered.find()) {
			return Optional.empty();
		}
		String title = Names.strip(entered.group(1));
		return sentences.stream()
			.flatMap((sentence) -> sentence.mentions()
				.stream()
				.filter((mention) -> mention.type() == EntityType.PROGRAMME)
				.filter((mention) -> mention.name().equals(title) || mention.name().equals(title + "名单"))
				.map(sentence::ref))
			.findFirst();
	}

}

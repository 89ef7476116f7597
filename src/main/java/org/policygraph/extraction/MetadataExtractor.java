package org.policygraph.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header facts of a document (needs its text, adds {@link DocumentMetadata}): title, issuing agency, 文号,
 * date of issue, and for replies to a congress delegate's suggestion (代表, 建议) or a CPPCC member's proposal (委员,
 * 提案) the suggestion number, the delegate and the session.
 */
class MetadataExtractor {

	private static final Pattern DOC_NUMBER = Pattern.compile("[\\u4e00-\\u9fa5]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d+号");

	/** 胡国锋代表：, 尊敬的陈志斌委员：, and joint ones (王建华、李明代表：, 王建华等5位代表：) named by the first signer. */
	private static final Pattern DELEGATE = Pattern.compile(
			"^(?:尊敬的)?([\\u4e00-\\u9fa5]{2,4}?)(?:[、，,][\\u4e00-\\u9fa5]{2,4})*(?:等\\d*[位名])?(?:代表|委员)[：:]");

	private static final Pattern SUGGESTION = Pattern.compile("第(\\d+)号(?:建议|提案)");

	private static final Pattern SESSION = Pattern.compile("(?:关于)?(?:对)?([^，。《》\\n]*?会议)(?:第\\d+号|期间)");

	private static final Pattern AGENCY_LINE = Pattern.compile("^([\\u4e00-\\u9fa5]{2,20}(?:局|委员会|政府|办公室|厅|委))(?:文件)?$");

	/** A notice's title starts with its issuer: 慈溪市人民政府办公室关于印发…的通知. */
	private static final Pattern ISSUER = Pattern.compile("^([\\u4e00-\\u9fa5]{2,20}?(?:局|委员会|政府|办公室|厅|委))关于");

	private static final int OPENING = 400;

	/** Header lines that are not the title: labelled fields (签发人：, 公开方式：主动公开), 文号, notes in brackets. */
	private static final Pattern HEADER_LINE = Pattern.compile(
			"^[\\u4e00-\\u9fa5]{2,6}[：:].*|^[（(][^）)]*[）)]$|.*(类别|签发人|文件$|〔\\d{4}〕|\\[bookmark).*");

	DocumentMetadata extract(String text) {
		List<String> lines = text.lines().map(MetadataExtractor::clean).filter((line) -> !line.isEmpty()).toList();
		int salutation = salutationIndex(lines);
		List<String> header = lines.subList(0, headerEnd(lines, salutation));
		String title = title(header);
		String delegate = (salutation >= 0) ? match(DELEGATE, lines.get(salutation)) : null;
		return new DocumentMetadata(title, agency(header, lines, title), docNumber(header), date(lines),
				suggestionNo(title, text), delegate, session(title, text));
	}

	private static String clean(String line) {
		return line.replace('\u3000', ' ').strip();
	}

	/** The line greeting the delegate (胡国锋代表：) or the addressees of a notice (各镇人民政府：), or -1. */
	private static int salutationIndex(List<String> lines) {
		for (int i = 0; i < Math.min(lines.size(), 15); i++) {
			String line = lines.get(i);
			if (DELEGATE.matcher(line).find() || line.length() <= 60 && (line.endsWith("：") || line.endsWith(":"))) {
				return i;
			}
		}
		return -1;
	}

	/** The header ends at the salutation, else at the first long line of body text, else after the first line. */
	private static int headerEnd(List<String> lines, int salutation) {
		if (salutation >= 0) {
			return salutation;
		}
		for (int i = 0; i < Math.min(lines.size(), 15); i++) {
			if (lines.get(i).length() > 60) {
				return i;
			}
		}
		return Math.min(lines.size(), 1);
	}

	private static String title(List<String> header) {
		List<String> parts = new ArrayList<>();
		for (String line : header) {
			if (!HEADER_LINE.matcher(line).matches() && !AGENCY_LINE.matcher(line).matches()) {
				parts.add(line);
			}
		}
		return parts.isEmpty() ? null : String.join("", parts);
	}

	private static String agency(List<String> header, List<String> lines, String title) {
		String issuer = (title != null) ? match(ISSUER, title) : null;
		return (issuer != null) ? issuer : agencyLine(header, lines);
	}

	private static String agencyLine(List<String> header, List<String> lines) {
		Optional<String> fromHeader = header.stream().map((line) -> match(AGENCY_LINE, line)).filter((a) -> a != null)
			.findFirst();
		if (fromHeader.isPresent()) {
			return fromHeader.get();
		}
		int dated = dateLine(lines);
		String signature = (dated > 0) ? match(AGENCY_LINE, lines.get(dated - 1)) : null;
		for (int i = lines.size() - 1; signature == null && i >= Math.max(0, lines.size() - 6); i--) {
			signature = match(AGENCY_LINE, lines.get(i));
		}
		return signature;
	}

	private static String docNumber(List<String> header) {
		for (String line : header) {
			Matcher matcher = DOC_NUMBER.matcher(line);
			if (matcher.find()) {
				return matcher.group();
			}
		}
		return null;
	}

	/** The last line that is only a date: the date of issue under the signature. */
	private static LocalDate date(List<String> lines) {
		int dated = dateLine(lines);
		return (dated >= 0) ? IssueDate.parse(lines.get(dated)).orElseThrow() : null;
	}

	/** Index of the last line that is only a date, or -1; the signing agency stands on the line above it. */
	private static int dateLine(List<String> lines) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (IssueDate.parse(lines.get(i)).isPresent()) {
				return i;
			}
		}
		return -1;
	}

	/** The number in the title, else in the opening of the reply (您提出的《…》（第153号提案）收悉). */
	private static Integer suggestionNo(String title, String text) {
		String number = (title != null) ? match(SUGGESTION, title) : null;
		if (number == null) {
			number = match(SUGGESTION, text.substring(0, Math.min(text.length(), OPENING)));
		}
		return (number != null) ? Integer.valueOf(number) : null;
	}

	private static String session(String title, String text) {
		String fromTitle = (title != null) ? match(SESSION, title) : null;
		return (fromTitle != null) ? fromTitle : match(SESSION, text.substring(0, Math.min(text.length(), OPENING)));
	}

	private static String match(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

}

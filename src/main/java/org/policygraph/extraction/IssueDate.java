package org.policygraph.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date line of a document, in Arabic (2017年7月3日) or Chinese numerals (二〇二一年六月二十二日). */
final class IssueDate {

	private static final Pattern ARABIC = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");

	private static final Pattern CHINESE = Pattern.compile("^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月"
			+ "([一二三四五六七八九十]{1,3})日$");

	private static final String DIGITS = "〇一二三四五六七八九";

	private IssueDate() {
	}

	static Optional<LocalDate> parse(String line) {
		String text = line.replace(" ", "").replace('○', '〇').replace('零', '〇');
		Matcher arabic = ARABIC.matcher(text);
		if (arabic.matches()) {
			return date(Integer.parseInt(arabic.group(1)), Integer.parseInt(arabic.group(2)),
					Integer.parseInt(arabic.group(3)));
		}
		Matcher chinese = CHINESE.matcher(text);
		if (chinese.matches()) {
			return date(year(chinese.group(1)), number(chinese.group(2)), number(chinese.group(3)));
		}
		return Optional.empty();
	}

	private static int year(String digits) {
		int year = 0;
		for (char digit : digits.toCharArray()) {
			year = year * 10 + DIGITS.indexOf(digit);
		}
		return year;
	}

	/** 十 = 10, 十二 = 12, 二十 = 20, 二十二 = 22. */
	private static int number(String numeral) {
		int ten = numeral.indexOf('十');
		if (ten < 0) {
			return DIGITS.indexOf(numeral.charAt(0));
		}
		int tens = (ten == 0) ? 1 : DIGITS.indexOf(numeral.charAt(0));
		int units = (ten == numeral.length() - 1) ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1));
		return tens * 10 + units;
	}

	private static Optional<LocalDate> date(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}

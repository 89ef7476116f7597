package org.policygraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells when a short agency name stands for a full one in the same document (市经信局 for 慈溪市经济和信息化局, 市政府
 * for 湖州市人民政府, 市工业和信息化局 for 潍坊市工业和信息化局) and says why: the level (市, 省, 县, 区) and the head
 * agree, the full name starts with a place of that level, and the portfolio is the same or its usual abbreviation
 * (lexicon/agency-abbreviations.txt).
 */
final class AgencyShortForms {

	private static final Pattern SHORT = Pattern.compile("([市省县区])(.*?)(局|厅|委|办|政府)");

	private static final Pattern FULL = Pattern.compile("([\\u4e00-\\u9fa5]{2,8}?[市省县区])(.*?)(局|厅|委|办|政府)");

	/** 市委市政府 is not 市政府 of a place called 市委市. */
	private static final Pattern NOT_A_PLACE = Pattern.compile("[委党办局厅府]");

	private final Map<String, String> abbreviations;

	private AgencyShortForms(Map<String, String> abbreviations) {
		this.abbreviations = abbreviations;
	}

	static AgencyShortForms load() {
		return new AgencyShortForms(Lexicon.lines("agency-abbreviations.txt")
			.stream()
			.map((line) -> line.split("\t"))
			.collect(Collectors.toUnmodifiableMap((fields) -> fields[0], (fields) -> fields[1], (a, b) -> a)));
	}

	/** Why {@code shortName} is a short form of {@code fullName}, or empty when it is not. */
	Optional<String> reason(String shortName, String fullName) {
		Matcher shortForm = SHORT.matcher(shortName);
		Matcher fullForm = FULL.matcher(fullName);
		if (shortName.length() >= fullName.length() || !shortForm.matches() || !fullForm.matches()) {
			return Optional.empty();
		}
		String place = fullForm.group(1);
		boolean sameLevel = place.endsWith(shortForm.group(1)) && shortForm.group(3).equals(fullForm.group(3));
		String portfolio = shortForm.group(2);
		String fullPortfolio = fullForm.group(2);
		if (!sameLevel || NOT_A_PLACE.matcher(place).find()) {
			return Optional.empty();
		}
		if (portfolio.equals(fullPortfolio)) {
			return Optional.of(shortName + " is " + fullName + " without its place " + place);
		}
		String core = portfolio + shortForm.group(3);
		String expanded = this.abbreviations.containsKey(core) ? this.abbreviations.get(core)
				: this.abbreviations.containsKey(portfolio) ? this.abbreviations.get(portfolio) + shortForm.group(3) : null;
		boolean abbreviated = (fullPortfolio + fullForm.group(3)).equals(expanded);
		return abbreviated ? Optional.of(shortName + " abbreviates " + fullName + " (" + core + " for " + expanded
				+ ", place " + place + ")") : Optional.empty();
	}


	/**
	 * Joins each agency short form to the one full name in the document it can stand for.
	 * @param allowed whether a short form may be merged at all
	 * @param join called with the indexes of the two mentions to join
	 * @return the merges with their reasons
	 */
	List<AliasMerge> merges(List<Mention> mentions, Predicate<String> allowed, BiConsumer<Integer, Integer> join) {
		List<AliasMerge> merges = new ArrayList<>();
		for (int i = 0; i < mentions.size(); i++) {
			Map<String, Integer> fullNames = new LinkedHashMap<>();
			Map<String, String> reasons = new HashMap<>();
			fullNamesOf(mentions.get(i), mentions, fullNames, reasons);
			if (fullNames.size() == 1 && allowed.test(mentions.get(i).name())) {
				String fullName = fullNames.keySet().iterator().next();
				join.accept(i, fullNames.get(fullName));
				AliasMerge merge = new AliasMerge(EntityType.AGENCY, fullName, mentions.get(i).name(),
						reasons.get(fullName));
				if (!merges.contains(merge)) {
					merges.add(merge);
				}
			}
		}
		return merges;
	}

	/** The full agency names in the document the mention may be a short form of, with the index of one mention each. */
	private void fullNamesOf(Mention shortForm, List<Mention> mentions, Map<String, Integer> fullNames,
			Map<String, String> reasons) {
		if (shortForm.type() != EntityType.AGENCY) {
			return;
		}
		for (int j = 0; j < mentions.size(); j++) {
			Mention full = mentions.get(j);
			int index = j;
			if (full.type() == EntityType.AGENCY) {
				reason(shortForm.name(), full.name()).ifPresent((reason) -> {
					fullNames.putIfAbsent(full.name(), index);
					reasons.putIfAbsent(full.name(), reason);
				});
			}
		}
	}

}

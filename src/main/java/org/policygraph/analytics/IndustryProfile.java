package org.policygraph.analytics;

import java.util.List;

import org.policygraph.query.IndustryMeasure;
import org.policygraph.query.LinkedEntity;

/**
 * Everything a dashboard card shows about one industry, in one answer.
 *
 * @param id the API id, {@code Industry:<name>}
 * @param name the canonical name
 * @param aliases other surface forms, over all documents
 * @param firstYear the earliest year of a document behind the profile, or {@code null} when none has a year
 * @param lastYear the latest such year, or {@code null}
 * @param measureSummary counts, amounts, the largest cap and the instruments of the measures
 * @param measures the measures that reach it, directly or through a programme, talent scheme or park linked to it
 * @param programmes programmes that target it
 * @param parks parks that focus on it
 * @param enterprises enterprises in it
 * @param talentSchemes talent schemes that support it
 * @param documents the documents that mention it or state a measure that reaches it
 */
record IndustryProfile(String id, String name, List<String> aliases, Integer firstYear, Integer lastYear,
		MeasureSummary measureSummary, List<IndustryMeasure> measures, List<LinkedEntity> programmes,
		List<LinkedEntity> parks, List<LinkedEntity> enterprises, List<LinkedEntity> talentSchemes,
		List<DocumentRef> documents) {
}

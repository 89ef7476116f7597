package org.policygraph.analytics;

import java.util.List;

/**
 * Where the policy graph shows intent without money or focus: three lists, each item with the documents behind it.
 *
 * @param targetedWithoutMeasures industries that programmes target but that no measure with an amount or a rate
 * reaches
 * @param singleInstrument industries whose measures all use one instrument
 * @param talentSchemesWithoutIndustry talent schemes that support no industry
 */
record Gaps(List<TargetedIndustry> targetedWithoutMeasures, List<SingleInstrument> singleInstrument,
		List<UnlinkedTalentScheme> talentSchemesWithoutIndustry) {

	/**
	 * An industry that programmes target with no quantified measure reaching it.
	 *
	 * @param id the API id, {@code Industry:<name>}
	 * @param name the canonical name
	 * @param programmes API ids of the programmes that target it
	 * @param documents the documents that state those targets
	 */
	record TargetedIndustry(String id, String name, List<String> programmes, List<DocumentRef> documents) {
	}

	/**
	 * An industry whose measures all use one instrument.
	 *
	 * @param id the API id, {@code Industry:<name>}
	 * @param name the canonical name
	 * @param instrument the one instrument
	 * @param measures how many measures reach it
	 * @param documents the documents that state those measures
	 */
	record SingleInstrument(String id, String name, String instrument, long measures, List<DocumentRef> documents) {
	}

	/**
	 * A talent scheme that supports no industry.
	 *
	 * @param id the API id, {@code TalentScheme:<name>}
	 * @param name the canonical name
	 * @param documents the documents that mention it
	 */
	record UnlinkedTalentScheme(String id, String name, List<DocumentRef> documents) {
	}

}

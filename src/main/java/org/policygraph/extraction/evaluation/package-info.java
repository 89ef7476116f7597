/**
 * Scoring of extraction output against gold annotations, following the "Scoring" section of the annotation
 * guideline ({@code src/test/resources/gold/GUIDELINE.md}).
 *
 * <p>Choices the guideline leaves open, made here:
 * <ul>
 * <li>Every gold document is scored; a gold document without a prediction counts as one where nothing was found.
 * Predicted documents that are not in the gold are ignored, and listed in the report.</li>
 * <li>Duplicate entity predictions are those with the same type and the same <em>normalised</em> canonical name;
 * their aliases are pooled. Relation predictions are de-duplicated the same way on type and both endpoints (either
 * order for PARTNERS_WITH). Measures are not de-duplicated: they are matched one to one, so a repeated
 * measure is a false positive unless the gold states it twice too.</li>
 * <li>Precision and recall have separate numerators ({@link org.policygraph.extraction.evaluation.Score}):
 * several predictions may be correct for one gold entity, while recall counts each gold entity once.</li>
 * <li>A relation endpoint is compared with all names and aliases of the entity record it names in its own file
 * (gold or predicted); an endpoint naming no entity record stands for its own name.</li>
 * <li>Measures: a gold measure with an amount needs the same amount; without an amount but with a rate, the same
 * rate (the predicted amount does not matter); with neither, the same instrument. The matching is a maximum
 * bipartite matching, independent of record order.</li>
 * <li>Metadata: a prediction without a document record counts as all fields {@code null}; a gold document without
 * one is left out of the metadata accuracy. Dates compare as {@code YYYY-MM-DD}, numbers as decimal text.</li>
 * <li>A ratio with a zero denominator is 0, except that nothing predicted against nothing in the gold scores 1.</li>
 * </ul>
 */
package org.policygraph.extraction.evaluation;

/**
 * Extraction results and annotations as JSON Lines in the gold schema of the annotation guideline: one record per
 * line, kinds {@code document}, {@code entity}, {@code relation} and {@code measure}, each carrying its document id
 * in {@code doc}. Files are written with the gold files' field order and layout ({@code "kind": "entity", …}), the
 * document record first; readers accept the records of one or many documents in any order.
 */
package org.policygraph.extraction.jsonl;

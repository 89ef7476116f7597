package org.policygraph.query;

/**
 * A loaded document's header facts and how many facts were extracted from it; any header fact may be {@code null}.
 *
 * @param id the document id, its file name without extension
 * @param title the title
 * @param agency the issuing agency
 * @param docNumber the 文号
 * @param date the date of issue, ISO 8601
 * @param suggestionNo the number of the delegate's suggestion a reply answers
 * @param delegate the delegate the reply is addressed to
 * @param session the congress session the suggestion was made at
 * @param importedAt when the document was loaded, ISO 8601
 * @param entities how many entities it mentions
 * @param relations how many relationships it states
 * @param measures how many measures it states
 */
record DocumentSummary(String id, String title, String agency, String docNumber, String date, Integer suggestionNo,
		String delegate, String session, String importedAt, long entities, long relations, long measures) {
}

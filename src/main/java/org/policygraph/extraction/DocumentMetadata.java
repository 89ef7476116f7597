package org.policygraph.extraction;

import java.time.LocalDate;

/**
 * The header facts of a policy document; any of them may be {@code null} when the text does not state it.
 *
 * @param title the document's title
 * @param agency the issuing agency
 * @param docNumber the 文号, such as 慈经信建〔2017〕5号
 * @param date the date of issue
 * @param suggestionNo the number of the delegate's suggestion a reply answers
 * @param delegate the delegate the reply is addressed to
 * @param session the congress session the suggestion was made at
 */
public record DocumentMetadata(String title, String agency, String docNumber, LocalDate date, Integer suggestionNo,
		String delegate, String session) {
}

package org.policygraph.analytics;

/**
 * How the analytics read a document's year and region, as Cypher over a bound document {@code d}; the API
 * descriptions and {@code src/docs/graph-model.md} state the same rules in words.
 */
final class DocumentFacets {

	/**
	 * The year of document {@code d}: the year of its date, else the four digits after the opening bracket of its
	 * document number (慈经信建〔2022〕3号 → 2022), else null.
	 */
	static final String YEAR = """
			coalesce(d.date.year, [part IN split(reduce(number = coalesce(d.docNumber, ''),
					bracket IN ['[', '［', '（', '('] | replace(number, bracket, '〔')), '〔')[1..]
				WHERE left(part, 4) =~ '[0-9]{4}' | toInteger(left(part, 4))][0])""";

	/**
	 * A subquery that yields {@code region}, the region of document {@code d}: the longest Region whose name opens
	 * the name of the issuing agency (慈溪市经济和信息化局 → 慈溪市), else the Region the document mentions most
	 * often (ties by name), else null. The agency's prefixes are looked up in the unique index on Region names, so
	 * the cost grows with the length of the name, not with the number of regions.
	 */
	static final String REGION = """
			CALL (d) {
				OPTIONAL MATCH (issuer:Region)
				WHERE issuer.name IN [length IN range(size(coalesce(d.agency, '')), 2, -1) | left(d.agency, length)]
				WITH issuer ORDER BY size(issuer.name) DESC LIMIT 1
				OPTIONAL MATCH (d)-[mention:MENTIONS]->(mentioned:Region)
				WITH issuer, mentioned ORDER BY mention.count DESC, mentioned.name LIMIT 1
				RETURN coalesce(issuer.name, mentioned.name) AS region
			}""";

	/** A Cypher list expression: the documents whose ids are in {@code ids}, as maps read by {@link DocumentRef#of}. */
	static String documents(String ids) {
		return """
				COLLECT { MATCH (d:Document) WHERE d.id IN %s WITH d ORDER BY d.id
					RETURN {id: d.id, title: d.title, year: %s} }""".formatted(ids, YEAR);
	}

	private DocumentFacets() {
	}

}

package org.policygraph.extraction.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.policygraph.extraction.DocumentMetadata;

/**
 * Compares the seven metadata fields of one document after normalisation, {@code null} equal to {@code null}. A
 * prediction without a document record counts as all fields {@code null}; a gold document without one is not scored.
 */
final class MetadataScorer {

	static final String CATEGORY = "metadata";

	private static final DocumentMetadata ABSENT = new DocumentMetadata(null, null, null, null, null, null, null);

	private MetadataScorer() {
	}

	static Accuracy score(String doc, DocumentMetadata gold, DocumentMetadata predicted, List<Mistake> mistakes) {
		if (gold == null) {
			return Accuracy.NONE;
		}
		Map<String, String> expected = fields(gold);
		Map<String, String> actual = fields((predicted != null) ? predicted : ABSENT);
		int equal = 0;
		for (Map.Entry<String, String> field : expected.entrySet()) {
			String value = actual.get(field.getKey());
			if (Objects.equals(NameNormaliser.normalise(value), NameNormaliser.normalise(field.getValue()))) {
				equal++;
			}
			else {
				mistakes.add(new Mistake(doc, CATEGORY, Mistake.Kind.MISMATCH,
						field.getKey() + ": predicted " + value + ", gold " + field.getValue()));
			}
		}
		return new Accuracy(equal, expected.size());
	}

	private static Map<String, String> fields(DocumentMetadata metadata) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", metadata.title());
		fields.put("agency", metadata.agency());
		fields.put("doc_number", metadata.docNumber());
		fields.put("date", Objects.toString(metadata.date(), null));
		fields.put("suggestion_no", Objects.toString(metadata.suggestionNo(), null));
		fields.put("delegate", metadata.delegate());
		fields.put("session", metadata.session());
		return fields;
	}

}

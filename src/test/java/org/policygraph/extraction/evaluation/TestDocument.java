package org.policygraph.extraction.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.extraction.DocumentMetadata;
import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.RelationType;
import org.policygraph.extraction.jsonl.AnnotatedEntity;
import org.policygraph.extraction.jsonl.AnnotatedMeasure;
import org.policygraph.extraction.jsonl.AnnotatedRelation;
import org.policygraph.extraction.jsonl.Annotations;

/** Builds small hand-made annotation sets for scoring tests. */
final class TestDocument {

	private final String doc;

	private DocumentMetadata metadata;

	private final List<AnnotatedEntity> entities = new ArrayList<>();

	private final List<AnnotatedRelation> relations = new ArrayList<>();

	private final List<AnnotatedMeasure> measures = new ArrayList<>();

	private TestDocument(String doc) {
		this.doc = doc;
	}

	static TestDocument doc(String doc) {
		return new TestDocument(doc);
	}

	static Map<String, Annotations> set(TestDocument... documents) {
		Map<String, Annotations> set = new LinkedHashMap<>();
		Arrays.stream(documents).map(TestDocument::build).forEach((annotations) -> set.put(annotations.doc(), annotations));
		return set;
	}

	TestDocument metadata(DocumentMetadata metadata) {
		this.metadata = metadata;
		return this;
	}

	TestDocument entity(EntityType type, String name, String... aliases) {
		this.entities.add(new AnnotatedEntity(type, name, List.of(aliases)));
		return this;
	}

	TestDocument relation(RelationType type, EntityType sourceType, String source, EntityType targetType,
			String target) {
		this.relations.add(new AnnotatedRelation(type, new EntityRef(sourceType, source),
				new EntityRef(targetType, target), "evidence"));
		return this;
	}

	TestDocument measure(String instrument, Long amountYuan, Double ratePercent) {
		Double amount = (amountYuan != null) ? amountYuan.doubleValue() : null;
		this.measures.add(new AnnotatedMeasure(instrument, amount, ratePercent, List.of(), "evidence"));
		return this;
	}

	Annotations build() {
		return new Annotations(this.doc, this.metadata, this.entities, this.relations, this.measures);
	}

}

package org.policygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.policygraph.extraction.AliasMerge;
import org.policygraph.extraction.DocumentMetadata;
import org.policygraph.extraction.Entity;
import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.Evidence;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.extraction.Measure;
import org.policygraph.extraction.Relation;
import org.policygraph.extraction.RelationType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds {@link ExtractedDocument}s by hand over a seed document in {@code import/}: evidence is a real clause of its
 * text with its real offsets.
 */
public final class DocumentFixture {

	private final String id;

	private final String text;

	private String contentHash = "v1";

	private String title;

	private final List<Entity> entities = new ArrayList<>();

	private final List<Relation> relations = new ArrayList<>();

	private final List<Measure> measures = new ArrayList<>();

	private final List<AliasMerge> merges = new ArrayList<>();

	private DocumentFixture(String id) {
		this.id = id;
		try {
			this.text = Files.readString(Path.of("import", id + ".txt"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static DocumentFixture seed(String id) {
		return new DocumentFixture(id);
	}

	public DocumentFixture hash(String contentHash) {
		this.contentHash = contentHash;
		return this;
	}

	public DocumentFixture title(String title) {
		this.title = title;
		return this;
	}

	public DocumentFixture entity(EntityType type, String name, String... aliases) {
		this.entities.add(new Entity(type, name, Arrays.asList(aliases), 1 + aliases.length));
		return this;
	}

	public DocumentFixture relation(RelationType type, EntityRef source, EntityRef target, String clause) {
		this.relations.add(new Relation(type, source, target, evidence(clause)));
		return this;
	}

	public DocumentFixture measure(String instrument, Long amountYuan, Double ratePercent, String clause,
			EntityRef... targets) {
		this.measures.add(new Measure(instrument, amountYuan, ratePercent, List.of(targets), evidence(clause)));
		return this;
	}

	public DocumentFixture merge(EntityType type, String name, String alias, String reason) {
		this.merges.add(new AliasMerge(type, name, alias, reason));
		return this;
	}

	public ExtractedDocument build() {
		DocumentMetadata metadata = new DocumentMetadata(this.title, "慈溪市经济和信息化局", null,
				LocalDate.of(2021, 6, 1), null, null, null);
		return new ExtractedDocument(this.id, this.contentHash, metadata, this.entities, this.relations,
				this.measures, this.merges);
	}

	public Evidence evidence(String clause) {
		int start = this.text.indexOf(clause);
		assertThat(start).as("clause in %s: %s", this.id, clause).isNotNegative();
		return new Evidence(this.id, clause, start, start + clause.length());
	}

	public static EntityRef ref(EntityType type, String name) {
		return new EntityRef(type, name);
	}

}

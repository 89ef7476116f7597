package org.policygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip of {@code nodes.csv} and {@code relationships.csv} (UTF-8, RFC 4180) with the column names Gephi's
 * spreadsheet import recognises: nodes {@code Id}, {@code Label} (the name) and {@code kind} (the Neo4j label);
 * relationships {@code Id}, {@code Source}, {@code Target}, {@code Type} ({@code Directed} or {@code Undirected}) and
 * {@code Label} (the relationship type); then one column per exported property.
 */
final class CsvZipWriter implements ExportWriter {

	static final String NODES = "nodes.csv";

	static final String RELATIONSHIPS = "relationships.csv";

	private final ZipOutputStream zip;

	private final Writer csv;

	CsvZipWriter(OutputStream out) throws IOException {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		this.csv = new OutputStreamWriter(this.zip, StandardCharsets.UTF_8);
		this.zip.putNextEntry(new ZipEntry(NODES));
		this.csv.write(CsvLine.of(header(List.of("Id", "Label", "kind"), Column.NODE)));
	}

	@Override
	public void node(ExportedNode node) throws IOException {
		List<Object> fields = new ArrayList<>(List.of(node.id(), node.name(), node.label()));
		Column.NODE.forEach((column) -> fields.add(node.properties().get(column.name())));
		this.csv.write(CsvLine.of(fields));
	}

	@Override
	public void startRelationships() throws IOException {
		this.csv.flush();
		this.zip.closeEntry();
		this.zip.putNextEntry(new ZipEntry(RELATIONSHIPS));
		this.csv.write(CsvLine.of(header(List.of("Id", "Source", "Target", "Type", "Label"), Column.RELATIONSHIP)));
	}

	@Override
	public void relationship(ExportedRelationship relationship) throws IOException {
		List<Object> fields = new ArrayList<>(List.of(relationship.id(), relationship.source(), relationship.target(),
				relationship.undirected() ? "Undirected" : "Directed", relationship.type()));
		Column.RELATIONSHIP.forEach((column) -> fields.add(relationship.properties().get(column.name())));
		this.csv.write(CsvLine.of(fields));
	}

	@Override
	public void finish() throws IOException {
		this.csv.flush();
		this.zip.closeEntry();
		this.zip.finish();
	}

	private static List<String> header(List<String> fixed, List<Column> columns) {
		List<String> names = new ArrayList<>(fixed);
		columns.forEach((column) -> names.add(column.name()));
		return names;
	}

}

package org.policygraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GraphML 1.0 (UTF-8) as Gephi and yEd read it: every attribute declared as a {@code key} up front, the
 * display name in the node attribute {@code label} (Gephi's label), the Neo4j label in {@code kind}, the relationship
 * type in the edge attribute {@code label}; {@code PARTNERS_WITH} edges are {@code directed="false"}.
 */
final class GraphMlWriter implements ExportWriter {

	private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final XMLStreamWriter xml;

	GraphMlWriter(OutputStream out) throws IOException {
		try {
			this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
			this.xml.writeStartElement("graphml");
			this.xml.writeDefaultNamespace(NAMESPACE);
			this.xml.writeCharacters("\n");
			key("node", "label", "string");
			key("node", "kind", "string");
			Column.NODE.forEach((column) -> key("node", column.name(), column.type()));
			key("edge", "label", "string");
			Column.RELATIONSHIP.forEach((column) -> key("edge", column.name(), column.type()));
			this.xml.writeCharacters("\n");
			this.xml.writeStartElement("graph");
			this.xml.writeAttribute("id", "policygraph");
			this.xml.writeAttribute("edgedefault", "directed");
			this.xml.writeCharacters("\n");
		}
		catch (XMLStreamException ex) {
			throw new IOException("Could not start the GraphML document", ex);
		}
	}

	@Override
	public void node(ExportedNode node) throws IOException {
		element(() -> {
			this.xml.writeStartElement("node");
			this.xml.writeAttribute("id", XmlText.of(node.id()));
			data("node", "label", node.name());
			data("node", "kind", node.label());
			data("node", node.properties());
			this.xml.writeEndElement();
			this.xml.writeCharacters("\n");
		});
	}

	@Override
	public void startRelationships() {
		// edges follow the nodes in the same graph element
	}

	@Override
	public void relationship(ExportedRelationship relationship) throws IOException {
		element(() -> {
			this.xml.writeStartElement("edge");
			this.xml.writeAttribute("id", XmlText.of(relationship.id()));
			this.xml.writeAttribute("source", XmlText.of(relationship.source()));
			this.xml.writeAttribute("target", XmlText.of(relationship.target()));
			if (relationship.undirected()) {
				this.xml.writeAttribute("directed", "false");
			}
			data("edge", "label", relationship.type());
			data("edge", relationship.properties());
			this.xml.writeEndElement();
			this.xml.writeCharacters("\n");
		});
	}

	@Override
	public void finish() throws IOException {
		element(() -> {
			this.xml.writeEndElement();
			this.xml.writeCharacters("\n");
			this.xml.writeEndElement();
			this.xml.writeCharacters("\n");
			this.xml.writeEndDocument();
			this.xml.flush();
		});
	}

	private void key(String domain, String name, String type) {
		try {
			this.xml.writeEmptyElement("key");
			this.xml.writeAttribute("id", keyId(domain, name));
			this.xml.writeAttribute("for", domain);
			this.xml.writeAttribute("attr.name", name);
			this.xml.writeAttribute("attr.type", type);
			this.xml.writeCharacters("\n");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void data(String domain, Map<String, Object> properties) throws XMLStreamException {
		for (Map.Entry<String, Object> property : properties.entrySet()) {
			data(domain, property.getKey(), property.getValue());
		}
	}

	private void data(String domain, String name, Object value) throws XMLStreamException {
		this.xml.writeStartElement("data");
		this.xml.writeAttribute("key", keyId(domain, name));
		this.xml.writeCharacters(XmlText.of(ExportValues.text(value)));
		this.xml.writeEndElement();
	}

	/** Key ids differ between nodes and edges, since both have a {@code label}, {@code documentId} and more. */
	private static String keyId(String domain, String name) {
		return domain.charAt(0) + "_" + name;
	}

	private void element(XmlWrite write) throws IOException {
		try {
			write.run();
		}
		catch (XMLStreamException ex) {
			throw new IOException("Could not write GraphML", ex);
		}
	}

	/** A step of writing that may fail the way StAX fails. */
	@FunctionalInterface
	private interface XmlWrite {

		void run() throws XMLStreamException;

	}

}

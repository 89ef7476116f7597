package org.policygraph.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes {@code {"nodes":[{id,label,name,properties}], "relationships":[{id,type,source,target,properties}]}}, the
 * shapes of the graph endpoints, one element at a time.
 */
final class JsonExportWriter implements ExportWriter {

	private static final JsonFactory FACTORY = new JsonFactory();

	private final JsonGenerator json;

	JsonExportWriter(OutputStream out) {
		this.json = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
		this.json.writeStartObject();
		this.json.writeName("nodes");
		this.json.writeStartArray();
	}

	@Override
	public void node(ExportedNode node) {
		this.json.writeStartObject();
		this.json.writeStringProperty("id", node.id());
		this.json.writeStringProperty("label", node.label());
		this.json.writeStringProperty("name", node.name());
		properties(node.properties());
		this.json.writeEndObject();
	}

	@Override
	public void startRelationships() {
		this.json.writeEndArray();
		this.json.writeName("relationships");
		this.json.writeStartArray();
	}

	@Override
	public void relationship(ExportedRelationship relationship) {
		this.json.writeStartObject();
		this.json.writeStringProperty("id", relationship.id());
		this.json.writeStringProperty("type", relationship.type());
		this.json.writeStringProperty("source", relationship.source());
		this.json.writeStringProperty("target", relationship.target());
		properties(relationship.properties());
		this.json.writeEndObject();
	}

	@Override
	public void finish() {
		this.json.writeEndArray();
		this.json.writeEndObject();
		this.json.flush();
	}

	private void properties(Map<String, Object> properties) {
		this.json.writeName("properties");
		this.json.writeStartObject();
		properties.forEach((name, value) -> {
			this.json.writeName(name);
			value(value);
		});
		this.json.writeEndObject();
	}

	private void value(Object value) {
		if (value instanceof List<?> list) {
			this.json.writeStartArray();
			list.forEach((item) -> this.json.writeString(String.valueOf(item)));
			this.json.writeEndArray();
		}
		else if (value instanceof Long number) {
			this.json.writeNumber(number);
		}
		else if (value instanceof Double number) {
			this.json.writeNumber(number);
		}
		else {
			this.json.writeString(String.valueOf(value));
		}
	}

}

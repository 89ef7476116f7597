package org.policygraph.extraction.jsonl;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;

/** One-line JSON with a space after every colon and comma, the layout of the gold files ({@code "kind": "entity"}). */
class SpacedSeparators extends MinimalPrettyPrinter {

	@Override
	public void writeObjectNameValueSeparator(JsonGenerator generator) {
		generator.writeRaw(": ");
	}

	@Override
	public void writeObjectEntrySeparator(JsonGenerator generator) {
		generator.writeRaw(", ");
	}

	@Override
	public void writeArrayValueSeparator(JsonGenerator generator) {
		generator.writeRaw(", ");
	}

}

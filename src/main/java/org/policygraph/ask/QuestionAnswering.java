package org.policygraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.policygraph.ask.Answer.Evidence;
import org.policygraph.ask.Answer.Example;
import org.policygraph.ask.Answer.Message;
import org.policygraph.ask.Answer.Name;
import org.policygraph.extraction.ChineseScript;
import org.policygraph.graph.TargetDatabase;

import org.springframework.stereotype.Service;

/**
 * Answers a Chinese question (问答) from the graph: a {@link QuestionReader} picks the template and its parameters,
 * the template's Cypher runs in a read transaction, and every row that carries a document and sentence becomes
 * evidence.
 */
@Service
class QuestionAnswering {

	private static final Message NOT_UNDERSTOOD = new Message("没有看懂这个问题。可以参照下面的例句提问。",
			"The question was not understood. Try asking it like one of the examples below.");

	private static final Message UNKNOWN_NAME = new Message(
			"句式看懂了，但不认识「%s」：图谱和词表中都没有这个名称。可以参照下面的例句提问。",
			"The question's form was understood, but %s is not a name in the graph or the lexicons. "
					+ "Try asking like one of the examples below.");

	private static final Message LEXICON_ONLY = new Message("「%s」是词表中的%s名称，但图谱中还没有它的记录，所以没有答案。",
			"%s is a known %s name, but the graph holds no entity of that name yet, so there is no answer.");

	private static final Message NO_FACTS = new Message("问题看懂了，但图谱中没有能回答它的事实。",
			"The question was understood, but the graph holds no facts that answer it.");

	private final QuestionReader reader;

	private final QuestionTemplates templates;

	private final Driver driver;

	private final QueryConfig read;

	QuestionAnswering(QuestionReader reader, QuestionTemplates templates, Driver driver, TargetDatabase database) {
		this.reader = reader;
		this.templates = templates;
		this.driver = driver;
		this.read = database.query(RoutingControl.READ);
	}

	Answer answer(String question) {
		String text = QuestionText.question(question);
		Optional<Reading> reading = text.isEmpty() ? Optional.empty() : this.reader.read(text);
		if (reading.isEmpty() && !text.isEmpty()) {
			// only as a second try: the conversion tables also map a few simplified characters (著 → 着)
			reading = this.reader.read(ChineseScript.simplified(text));
		}
		return reading.map((read) -> answer(question, read)).orElseGet(() -> notUnderstood(question, text));
	}

	private Answer answer(String question, Reading reading) {
		EagerResult result = this.driver.executableQuery(reading.template().cypher())
			.withParameters(reading.parameters())
			.withConfig(this.read)
			.execute();
		List<Map<String, Object>> rows = result.records().stream().map(QuestionAnswering::row).toList();
		List<Name> names = reading.names().stream().map((name) -> new Name(name.slot(), name.text(),
				name.entity().id(), name.entity().type().label(), name.entity().name(), name.entity().inGraph()))
			.toList();
		return new Answer(question, true, reading.template().id(), names, result.keys(), rows, evidence(rows),
				reading.template().cypher(), reading.parameters(), note(reading, rows), List.of());
	}

	/** A row as the driver returns it, its columns in order. */
	static Map<String, Object> row(Record record) {
		Map<String, Object> row = new LinkedHashMap<>();
		record.keys().forEach((key) -> row.put(key, record.get(key).asObject()));
		return row;
	}

	private static List<Evidence> evidence(List<Map<String, Object>> rows) {
		List<Evidence> evidence = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).get("documentId") instanceof String document
					&& rows.get(i).get("sentence") instanceof String sentence) {
				evidence.add(new Evidence(i, document, sentence));
			}
		}
		return evidence;
	}

	private static Message note(Reading reading, List<Map<String, Object>> rows) {
		Optional<NamedEntity> unknown = reading.names().stream().map(Reading.RecognisedName::entity)
			.filter((entity) -> !entity.inGraph()).findFirst();
		if (unknown.isPresent()) {
			String name = unknown.get().name();
			return new Message(LEXICON_ONLY.zh().formatted(name, chinese(unknown.get())),
					LEXICON_ONLY.en().formatted(name, unknown.get().type().label().toLowerCase(Locale.ROOT)));
		}
		return rows.isEmpty() ? NO_FACTS : null;
	}

	private static String chinese(NamedEntity entity) {
		return switch (entity.type()) {
			case INDUSTRY -> "产业";
			case REGION -> "地区";
			default -> "";
		};
	}

	private Answer notUnderstood(String question, String text) {
		List<String> names = text.isEmpty() ? List.of() : this.reader.unrecognisedNames(text);
		Message message = names.isEmpty() ? NOT_UNDERSTOOD
				: new Message(UNKNOWN_NAME.zh().formatted(String.join("」「", names)),
						UNKNOWN_NAME.en().formatted(String.join(", ", names)));
		List<Example> examples = this.templates.all().stream()
			.map((template) -> new Example(template.id(), template.example(), template.summary()))
			.toList();
		return new Answer(question, false, null, List.of(), List.of(), List.of(), List.of(), null, Map.of(), message,
				examples);
	}

}

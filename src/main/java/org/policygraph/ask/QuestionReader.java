package org.policygraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ask.Reading.RecognisedName;
import org.policygraph.ask.Slot.EntitySlot;
import org.policygraph.ask.Slot.InstrumentSlot;

import org.springframework.stereotype.Component;

/**
 * Reads a question with the first template that fits it: first with names that are the whole slot text, then, if
 * no template fits so, with the longest name each slot text contains.
 */
@Component
class QuestionReader {

	private final QuestionTemplates templates;

	private final NameDictionary names;

	private final AskProperties properties;

	QuestionReader(QuestionTemplates templates, NameDictionary names, AskProperties properties) {
		this.templates = templates;
		this.names = names;
		this.properties = properties;
	}

	/** The reading of a question in the form {@link QuestionText#question} gives it; empty when none fits. */
	Optional<Reading> read(String question) {
		Map<String, List<NamedEntity>> graphNames = this.names.graphNames();
		for (boolean loose : new boolean[] { false, true }) {
			for (QuestionTemplate template : this.templates.all()) {
				for (Pattern pattern : template.patterns()) {
					Matcher matcher = pattern.matcher(question);
					Optional<Reading> reading = matcher.matches() ? read(template, matcher, loose, graphNames) : Optional.empty();
					if (reading.isPresent()) {
						return reading;
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The slot texts of the first template form the question takes, to say which names were not recognised. */
	List<String> unrecognisedNames(String question) {
		for (QuestionTemplate template : this.templates.all()) {
			for (Pattern pattern : template.patterns()) {
				Matcher matcher = pattern.matcher(question);
				if (matcher.matches()) {
					return template.slots().stream().filter(EntitySlot.class::isInstance)
						.map((slot) -> group(matcher, slot.name())).filter((text) -> text != null).toList();
				}
			}
		}
		return List.of();
	}

	private Optional<Reading> read(QuestionTemplate template, Matcher matcher, boolean loose,
			Map<String, List<NamedEntity>> graphNames) {
		List<RecognisedName> recognised = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (Slot slot : template.slots()) {
			String text = group(matcher, slot.name());
			if (slot instanceof InstrumentSlot) {
				parameters.put("instruments", Instruments.of(text));
				continue;
			}
			EntitySlot entitySlot = (EntitySlot) slot;
			Optional<NamedEntity> entity = this.names.resolve(text, entitySlot.types(), loose, graphNames);
			if (entity.isEmpty() || recognised.stream().anyMatch((name) -> name.entity().equals(entity.get()))) {
				return Optional.empty();
			}
			recognised.add(new RecognisedName(slot.name(), text, entity.get()));
			parameters.put(slot.name(), entity.get().name());
			if (template.cypher().contains("$" + entitySlot.typeParameter())) {
				parameters.put(entitySlot.typeParameter(), entity.get().type().label());
			}
		}
		parameters.put("limit", this.properties.maxRows());
		return Optional.of(new Reading(template, recognised, parameters));
	}

	/** The text of a named group, {@code null} when this form of the question has no such group or left it out. */
	private static String group(Matcher matcher, String name) {
		try {
			return matcher.group(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

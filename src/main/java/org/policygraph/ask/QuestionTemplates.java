package org.policygraph.ask;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The catalogue of question templates in the order they are tried: the more specific forms (measures, listings,
 * issuers) before the general ones; a question goes to the first template whose form matches and whose names are
 * entities of the types it asks for.
 */
@Component
class QuestionTemplates {

	private final List<QuestionTemplate> templates = Stream
		.of(MeasureQuestions.templates(), PolicyQuestions.templates(), IndustryQuestions.templates(),
				PlaceQuestions.templates(), LinkQuestions.templates())
		.flatMap(List::stream)
		.toList();

	List<QuestionTemplate> all() {
		return this.templates;
	}

}

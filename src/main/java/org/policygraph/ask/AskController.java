package org.policygraph.ask;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves answers to Chinese questions about the graph, read by question templates. */
@RestController
@Tag(name = "Questions", description = "Chinese questions a planner asks, answered from the graph by templates "
		+ "(no language model): rows, the Cypher that produced them, and the evidence")
class AskController {

	static final int MAX_LENGTH = 200;

	private final QuestionAnswering answering;

	AskController(QuestionAnswering answering) {
		this.answering = answering;
	}

	@GetMapping("/api/ask")
	@Operation(summary = "Answer a Chinese question about the graph",
			description = "The question is matched against a catalogue of question templates (哪些政策支持X, "
					+ "X有哪些补贴, 最高补贴是多少, 哪些企业入选了Y, Y由哪个部门出台, X和Y有什么关系, 某地区有哪些园区 …); "
					+ "names are recognised from the graph's names and aliases and the extractor's industry and region "
					+ "lexicons, the longest first. A question no template reads still gets 200, with understood=false, "
					+ "a message in Chinese and English and one example question per template.")
	@ApiResponse(responseCode = "200", description = "The answer, or the help for a question not understood",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Answer.class),
					examples = { @ExampleObject(name = "answered", value = AskExamples.ANSWERED),
							@ExampleObject(name = "not understood", value = AskExamples.NOT_UNDERSTOOD) }))
	@ApiResponse(responseCode = "400", description = "q is missing, blank or longer than 200 characters",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(name = "blank question", value = AskExamples.BLANK)))
	Answer ask(@Parameter(description = "The question in Chinese, at most 200 characters",
			example = "哪些措施支持智能家电产业") @RequestParam @Size(max = MAX_LENGTH)
			@Pattern(regexp = "(?s).*[^\\s\\p{Z}].*", message = "must not be blank") String q) {
		return this.answering.answer(q);
	}

}

package org.policygraph.cypher;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Serves read-only Cypher to researchers who hold an API key. */
@RestController
@Tag(name = "Cypher", description = "Read-only Cypher for researchers (API key of the researcher role)")
class CypherController {

	private final ReadOnlyCypher cypher;

	private final CypherProperties properties;

	CypherController(ReadOnlyCypher cypher, CypherProperties properties) {
		this.cypher = cypher;
		this.properties = properties;
	}

	@PostMapping(path = "/api/cypher", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Run one read-only Cypher query",
			description = CypherApiExamples.DESCRIPTION, security = @SecurityRequirement(name = "apiKey"),
			parameters = @Parameter(name = CypherGate.HEADER, in = ParameterIn.HEADER, required = true,
					description = "API key of the researcher role (policygraph.security.api-keys)",
					example = "3f9c2a7d5b8e41f0a6c9d2e7b1f4a8c3"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "measures for an industry",
							value = CypherApiExamples.REQUEST))))
	@ApiResponse(responseCode = "200", description = "Columns and rows",
			content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "rows", value = CypherApiExamples.RESULT)))
	@ApiResponse(responseCode = "400", description = "Invalid, refused (not read-only, LOAD CSV, a procedure "
			+ "outside the allow-list) or failed query",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(name = "LOAD CSV refused", value = CypherApiExamples.REFUSED)))
	@ApiResponse(responseCode = "401", description = "X-API-Key missing or unknown",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The key's role is not researcher",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Endpoint off: no API key configured",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "422", description = "Stopped at the timeout or the transaction memory limit",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(name = "timeout", value = CypherApiExamples.TIMEOUT)))
	@ApiResponse(responseCode = "429",
			description = "Rate limit of the key, or of all requests without a valid key, reached; see Retry-After (seconds)",
			content = @Content(mediaType = "application/problem+json"))
	CypherResult run(@RequestBody CypherRequest body, HttpServletRequest request) {
		CypherAudit.noteQuery(request, body.query());
		requireSensible(body.query());
		CypherResult result = this.cypher.run(body.query(), body.parametersOrEmpty());
		CypherAudit.noteOutcome(request, result.truncated() ? "ok:truncated" : "ok", result.rows().size());
		return result;
	}

	private void requireSensible(String query) {
		if (query == null || query.isBlank()) {
			throw CypherProblem.refused(CypherProblemType.INVALID, "empty",
					"The body needs a non-empty \"query\" with one read-only Cypher statement.");
		}
		if (query.length() > this.properties.maxQueryLength()) {
			throw CypherProblem.refused(CypherProblemType.INVALID, "too-long", "The query has " + query.length()
					+ " characters; at most " + this.properties.maxQueryLength()
					+ " are accepted (policygraph.cypher.max-query-length).");
		}
	}

}

package org.policygraph.cypher;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every error of the Cypher endpoint, including those of its gate, with an RFC 9457 problem detail of a
 * stable type, and notes the outcome for the audit line; ahead of the API's general advice.
 */
@RestControllerAdvice(assignableTypes = CypherController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CypherProblemAdvice {

	private static final Logger logger = LoggerFactory.getLogger(CypherProblemAdvice.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleProblem(CypherProblem problem, HttpServletRequest request) {
		CypherAudit.noteOutcome(request, problem.outcome(), 0);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.type().status());
		if (problem.retryAfterSeconds() > 0) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
		}
		if (problem.type() == CypherProblemType.UNAUTHENTICATED) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + CypherGate.HEADER + "\"");
		}
		return response.body(body(problem.type(), problem.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleUnreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return handleProblem(CypherProblem.refused(CypherProblemType.INVALID, "malformed",
				"The body must be a JSON object such as {\"query\": \"MATCH (n:Industry) RETURN n.name\", "
						+ "\"parameters\": {}}; this one could not be read as such."),
				request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleMediaType(HttpMediaTypeNotSupportedException ex,
			HttpServletRequest request) {
		return handleProblem(CypherProblem.refused(CypherProblemType.UNSUPPORTED_MEDIA_TYPE, "media-type",
				"Send the body as application/json."), request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
		logger.error("Cypher endpoint request failed", ex);
		return handleProblem(new CypherProblem(CypherProblemType.INTERNAL,
				"The request could not be completed; the server log has the details.", "error"), request);
	}

	private static ProblemDetail body(CypherProblemType type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		return problem;
	}

}

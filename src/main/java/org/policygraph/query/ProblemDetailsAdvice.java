package org.policygraph.query;

import java.util.stream.Collectors;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error of the HTTP API into an RFC 9457 problem detail with a stable {@code type}, a title and a
 * detail written for the caller; class names and stack traces stay in the log.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ProblemDetail handleNotFound(ResourceNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ProblemDetail handleInvalidParameter(InvalidParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER, ex.getMessage());
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail handleQueryTimeout(QueryTimeoutException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.QUERY_TIMEOUT, ex.getMessage());
	}

	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class,
			DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	ProblemDetail handleGraphUnavailable(Exception ex) {
		log.warn("Neo4j is not reachable: {}", ex.getMessage());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.GRAPH_UNAVAILABLE,
				"The graph database is not reachable; try again later.");
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	ProblemDetail handleUnexpected(Exception ex) {
		log.error("Request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL_ERROR,
				"The request could not be completed; the server log has the details.");
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemType type = typeOf(ex, status);
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail : ProblemDetail.forStatus(status);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		String detail = describe(ex);
		if (detail != null) {
			problem.setDetail(detail);
		}
		else if (problem.getDetail() == null) {
			problem.setDetail(type.title() + ".");
		}
		return super.handleExceptionInternal(ex, problem, headers, status, request);
	}

	private static ProblemType typeOf(Exception ex, HttpStatusCode status) {
		if (ex instanceof MissingServletRequestParameterException) {
			return ProblemType.MISSING_PARAMETER;
		}
		if (ex instanceof TypeMismatchException || ex instanceof HandlerMethodValidationException) {
			return ProblemType.INVALID_PARAMETER;
		}
		return ProblemType.forStatus(status);
	}

	/** A caller-facing detail where Spring's default one would be vague; {@code null} keeps the default. */
	private static String describe(Exception ex) {
		if (ex instanceof MissingServletRequestParameterException missing) {
			return "Parameter '%s' is required.".formatted(missing.getParameterName());
		}
		if (ex instanceof TypeMismatchException mismatch) {
			return "Parameter '%s' must be %s, not '%s'.".formatted(mismatch.getPropertyName(),
					expected(mismatch.getRequiredType()), mismatch.getValue());
		}
		if (ex instanceof HandlerMethodValidationException validation) {
			return describe(validation);
		}
		if (ex instanceof NoResourceFoundException notFound) {
			return "There is no endpoint %s /%s.".formatted(notFound.getHttpMethod(), notFound.getResourcePath());
		}
		return null;
	}

	private static String describe(HandlerMethodValidationException validation) {
		return validation.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> "Parameter '%s' %s.".formatted(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.collect(Collectors.joining(" "));
	}

	private static String expected(Class<?> type) {
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		return (type != null) ? "of type " + type.getSimpleName() : "of another type";
	}

	static ProblemDetail problem(HttpStatus status, ProblemType type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		return problem;
	}

}

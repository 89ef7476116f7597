package org.policygraph.cypher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.policygraph.security.ApiKeys;
import org.policygraph.security.Caller;
import org.policygraph.security.RateLimiter;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request reach the Cypher endpoint only when the endpoint is on (some key configured), the {@code X-API-Key}
 * header holds a known key of the {@code researcher} role, the key has requests left this minute and the body has a
 * declared, bounded size; it checks before the body is read, and writes the audit line when the request ends.
 */
class CypherGate implements HandlerInterceptor {

	static final String HEADER = "X-API-Key";

	static final String ROLE = "researcher";

	// fingerprints are "key:" and hex digits, so no key's bucket has this name
	private static final String WITHOUT_KEY = "without-key";

	private final ApiKeys keys;

	private final RateLimiter limiter;

	private final CypherProperties properties;

	CypherGate(ApiKeys keys, RateLimiter limiter, CypherProperties properties) {
		this.keys = keys;
		this.limiter = limiter;
		this.properties = properties;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute(CypherAudit.STARTED, System.nanoTime());
		try {
			admit(request);
			return true;
		}
		catch (CypherProblem problem) {
			CypherAudit.noteOutcome(request, problem.outcome(), 0);
			CypherAudit.write(request);
			throw problem;
		}
	}

	private void admit(HttpServletRequest request) {
		if (this.keys.isEmpty()) {
			throw CypherProblem.refused(CypherProblemType.DISABLED, "disabled", "The Cypher endpoint is off because "
					+ "no API key is configured; set policygraph.security.api-keys (environment variable "
					+ "POLICYGRAPH_SECURITY_API_KEYS) to key:researcher pairs to turn it on.");
		}
		String presented = request.getHeader(HEADER);
		Caller caller = this.keys.find(presented).orElseThrow(() -> unauthenticated(request, presented));
		request.setAttribute(CypherAudit.KEY, caller.fingerprint());
		if (!caller.hasRole(ROLE)) {
			throw CypherProblem.refused(CypherProblemType.FORBIDDEN, "role",
					"This API key has the role '" + caller.role() + "'; the Cypher endpoint needs '" + ROLE + "'.");
		}
		requireTokenLeft(caller.fingerprint(), "This API key may send %d requests per minute");
		requireBoundedBody(request);
	}

	/** Missing and unknown keys share one bucket, so that guessing keys is as slow as one key's requests. */
	private CypherProblem unauthenticated(HttpServletRequest request, String presented) {
		boolean missing = (presented == null || presented.isEmpty());
		request.setAttribute(CypherAudit.KEY, missing ? "none" : "unknown");
		requireTokenLeft(WITHOUT_KEY, "At most %d requests per minute may come without a configured API key");
		return CypherProblem.refused(CypherProblemType.UNAUTHENTICATED, "unauthenticated", missing
				? "Send an API key of the researcher role in the " + HEADER + " header."
				: "The API key in the " + HEADER + " header is not a configured key.");
	}

	private void requireTokenLeft(String bucket, String limit) {
		long wait = this.limiter.acquire(bucket);
		if (wait > 0) {
			throw new CypherProblem(CypherProblemType.RATE_LIMITED,
					limit.formatted(this.properties.rateLimit()) + "; retry in " + wait + " s.", "refused:rate-limit",
					wait);
		}
	}

	private void requireBoundedBody(HttpServletRequest request) {
		long length = request.getContentLengthLong();
		long limit = this.properties.maxRequestSize().toBytes();
		if (length < 0) {
			throw CypherProblem.refused(CypherProblemType.LENGTH_REQUIRED, "no-length",
					"Send the request with a Content-Length header (at most " + limit + " bytes).");
		}
		if (length > limit) {
			throw CypherProblem.refused(CypherProblemType.TOO_LARGE, "too-large", "The request has " + length
					+ " bytes; at most " + limit + " are accepted (policygraph.cypher.max-request-size).");
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		CypherAudit.write(request);
	}

}

package org.policygraph.cypher;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Builds requests to {@code POST /api/cypher} with the test profile's API keys. */
final class CypherRequests {

	static final String HOSTILE_KEY = "test-researcher-key-hostile";

	static final String RESULTS_KEY = "test-researcher-key-results";

	static final String LIMITS_KEY = "test-researcher-key-limits";

	static final String AUDIT_KEY = "test-researcher-key-audit";

	static final String BURST_KEY = "test-researcher-key-burst";

	static final String PLANNER_KEY = "test-planner-key-0001";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CypherRequests() {
	}

	static MockHttpServletRequestBuilder cypher(String key, String query) {
		return cypher(key, query, Map.of());
	}

	static MockHttpServletRequestBuilder cypher(String key, String query, Map<String, ?> parameters) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("parameters", parameters);
		return raw(key, JSON.writeValueAsString(body));
	}

	static MockHttpServletRequestBuilder raw(String key, String body) {
		MockHttpServletRequestBuilder request = post("/api/cypher").contentType(MediaType.APPLICATION_JSON)
			.content(body);
		return (key != null) ? request.header("X-API-Key", key) : request;
	}

}

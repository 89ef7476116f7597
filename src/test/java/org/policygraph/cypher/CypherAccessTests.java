package org.policygraph.cypher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policygraph.PolicyGraphIntegrationTest;
import org.policygraph.security.ApiKeys;
import org.policygraph.security.RateLimiter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.policygraph.cypher.CypherProblems.problem;
import static org.policygraph.cypher.CypherRequests.AUDIT_KEY;
import static org.policygraph.cypher.CypherRequests.BURST_KEY;
import static org.policygraph.cypher.CypherRequests.PLANNER_KEY;
import static org.policygraph.cypher.CypherRequests.cypher;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may use the Cypher endpoint, how often, and what the audit log records about each request. */
@PolicyGraphIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CypherAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReadOnlyCypher cypher;

	@Autowired
	CypherProperties properties;

	@Test
	void refusesRequestsWithoutAKey() throws Exception {
		this.mvc.perform(cypher(null, "RETURN 1"))
			.andExpect(problem(401, "unauthenticated"))
			.andExpect(header().string("WWW-Authenticate", containsString("X-API-Key")))
			.andExpect(jsonPath("$.detail").value(containsString("X-API-Key")));
		this.mvc.perform(cypher("", "RETURN 1")).andExpect(problem(401, "unauthenticated"));
	}

	@Test
	void refusesUnknownKeys() throws Exception {
		this.mvc.perform(cypher("test-researcher-key-hostilf", "RETURN 1"))
			.andExpect(problem(401, "unauthenticated"))
			.andExpect(jsonPath("$.detail").value(not(containsString("hostilf"))));
	}

	@Test
	void refusesKeysOfOtherRoles() throws Exception {
		this.mvc.perform(cypher(PLANNER_KEY, "RETURN 1"))
			.andExpect(problem(403, "forbidden"))
			.andExpect(jsonPath("$.detail").value(containsString("researcher")));
	}

	@Test
	void isOffWhileNoKeyIsConfigured() throws Exception {
		CypherGate noKeys = new CypherGate(ApiKeys.parse(""), new RateLimiter(60), this.properties);
		MockMvc off = MockMvcBuilders.standaloneSetup(new CypherController(this.cypher, this.properties))
			.addInterceptors(noKeys)
			.setControllerAdvice(new CypherProblemAdvice())
			.build();
		off.perform(cypher(AUDIT_KEY, "RETURN 1"))
			.andExpect(problem(404, "cypher-disabled"))
			.andExpect(jsonPath("$.detail").value(containsString("policygraph.security.api-keys")));
		off.perform(cypher(null, "RETURN 1")).andExpect(problem(404, "cypher-disabled"));
	}

	@Test
	void limitsRequestsWithoutAValidKeyTogetherSoKeysCannotBeGuessedQuickly() throws Exception {
		CypherGate gate = new CypherGate(ApiKeys.parse(AUDIT_KEY + ":researcher"), new RateLimiter(3), this.properties);
		MockMvc guarded = MockMvcBuilders.standaloneSetup(new CypherController(this.cypher, this.properties))
			.addInterceptors(gate)
			.setControllerAdvice(new CypherProblemAdvice())
			.build();
		guarded.perform(cypher("guess-1", "RETURN 1")).andExpect(problem(401, "unauthenticated"));
		guarded.perform(cypher(null, "RETURN 1")).andExpect(problem(401, "unauthenticated"));
		guarded.perform(cypher("guess-2", "RETURN 1")).andExpect(problem(401, "unauthenticated"));
		guarded.perform(cypher("guess-3", "RETURN 1"))
			.andExpect(problem(429, "rate-limited"))
			.andExpect(jsonPath("$.detail").value(containsString("without a configured API key")));
		guarded.perform(cypher(AUDIT_KEY, "RETURN 1")).andExpect(status().isOk());
	}

	@Test
	void limitsRequestsPerKeyAndSaysWhenToRetry() throws Exception {
		int granted = 0;
		MvcResult last = null;
		// the bucket refills while the loop runs, so go on until it runs dry, but never endlessly
		while (granted <= 2 * this.properties.rateLimit()) {
			last = this.mvc.perform(cypher(BURST_KEY, "")).andReturn();
			if (last.getResponse().getStatus() == 429) {
				break;
			}
			assertThat(last.getResponse().getStatus()).isEqualTo(400);
			granted++;
		}
		assertThat(granted).isGreaterThanOrEqualTo(this.properties.rateLimit());
		// a refused request leaves the bucket a sliver short of a token, which refills within milliseconds: so the
		// refusal itself is checked, not a second request after it
		assertThat(last.getResponse().getStatus()).isEqualTo(429);
		assertThat(last.getResponse().getContentAsString()).contains("/problems/rate-limited");
		assertThat(Long.parseLong(last.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		this.mvc.perform(cypher(AUDIT_KEY, "RETURN 1")).andExpect(status().isOk());
	}

	@Test
	void writesEveryRequestToTheAuditLogWithoutKeyOrQuery(CapturedOutput output) throws Exception {
		String query = "UNWIND range(1, 3) AS audited RETURN audited";
		this.mvc.perform(cypher(AUDIT_KEY, query)).andExpect(status().isOk());
		this.mvc.perform(cypher(AUDIT_KEY, "LOAD CSV FROM 'file:///etc/passwd' AS audited RETURN audited"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(cypher(null, query)).andExpect(status().isUnauthorized());
		String fingerprint = ApiKeys.fingerprint(AUDIT_KEY);
		assertThat(output.getOut()).contains("policygraph.audit")
			.contains("cypher key=" + fingerprint + " query=" + CypherAudit.hash(query) + " rows=3 ms=")
			.containsPattern("key=" + fingerprint + " query=sha256:[0-9a-f]{16} rows=0 ms=\\d+ outcome=refused:load-csv")
			.containsPattern("key=none query=- rows=0 ms=\\d+ outcome=refused:unauthenticated")
			.doesNotContain(AUDIT_KEY)
			.doesNotContain("audited RETURN");
		assertThat(output.getOut()).containsPattern("rows=3 ms=\\d+ outcome=ok");
	}

}

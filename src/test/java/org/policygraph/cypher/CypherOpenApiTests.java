package org.policygraph.cypher;

import org.junit.jupiter.api.Test;
import org.policygraph.PolicyGraphIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PolicyGraphIntegrationTest
class CypherOpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheEndpointWithItsKeyHeaderAndExamples() throws Exception {
		String post = "$.paths['/api/cypher'].post";
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(post + ".summary").value("Run one read-only Cypher query"))
			.andExpect(jsonPath(post + ".parameters[?(@.name == 'X-API-Key')].in").value(contains("header")))
			.andExpect(jsonPath(post + ".requestBody.content['application/json'].examples", hasKey(
					"measures for an industry")))
			.andExpect(jsonPath(post + ".responses['200'].content['application/json'].examples.rows.value.truncated")
				.value(false))
			.andExpect(jsonPath(post + ".responses['400'].content['application/problem+json'].examples").exists())
			.andExpect(jsonPath(post + ".responses['429'].description").value(containsString("Retry-After")))
			.andExpect(jsonPath(post + ".security[0]", hasKey("apiKey")))
			.andExpect(jsonPath("$.components.securitySchemes.apiKey.name").value("X-API-Key"));
	}

}

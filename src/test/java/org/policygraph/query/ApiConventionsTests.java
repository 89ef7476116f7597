package org.policygraph.query;

import org.junit.jupiter.api.Test;
import org.policygraph.PolicyGraphIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.policygraph.query.Problems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PolicyGraphIntegrationTest
class ApiConventionsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void answersAnUnknownPathWithANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/nothing-here")).andExpect(problem(404, "not-found"));
		this.mvc.perform(get("/api/industries/智能家电/unknown-list")).andExpect(problem(404, "not-found"));
	}

	@Test
	void answersABrowserWithAProblemToo() throws Exception {
		this.mvc.perform(get("/api/nothing-here").accept(MediaType.TEXT_HTML)).andExpect(problem(404, "not-found"));
		this.mvc.perform(get("/api/entities").param("page", "x").accept(MediaType.TEXT_HTML))
			.andExpect(problem(400, "invalid-parameter"));
		this.mvc.perform(get("/api/stats").accept(MediaType.TEXT_HTML)).andExpect(problem(406, "not-acceptable"));
	}

	@Test
	void answersAnUnsupportedMethodWithAProblem() throws Exception {
		this.mvc.perform(post("/api/industries")).andExpect(problem(405, "method-not-allowed"));
		this.mvc.perform(delete("/api/entities/Industry:智能家电")).andExpect(problem(405, "method-not-allowed"));
	}

	@Test
	void describesEveryEndpointInOpenApi() throws Exception {
		String[] paths = { "/api/industries", "/api/industries/{name}/measures", "/api/industries/{name}/programmes",
				"/api/industries/{name}/parks", "/api/industries/{name}/enterprises",
				"/api/industries/{name}/talent-schemes", "/api/entities", "/api/entities/{id}", "/api/search",
				"/api/graph/neighbourhood", "/api/documents", "/api/documents/{id}", "/api/stats" };
		var result = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("PolicyGraph API"))
			.andExpect(jsonPath("$.paths['/api/entities/{id}'].get.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/entities'].get.parameters[?(@.name == 'size')].schema.maximum")
				.value(contains(100)));
		for (String path : paths) {
			result.andExpect(jsonPath("$.paths", hasKey(path)))
				.andExpect(jsonPath("$.paths['" + path + "'].get.summary").value(not(emptyOrNullString())));
		}
	}

	@Test
	void showsAnExampleAnswerForEveryPlannerAndQuestionEndpoint() throws Exception {
		String[] paths = { "/api/coverage", "/api/gaps", "/api/industries/{name}/profile", "/api/graph/path",
				"/api/export", "/api/ask" };
		var result = this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
		for (String path : paths) {
			result.andExpect(jsonPath("$.paths['" + path + "'].get.summary").value(not(emptyOrNullString())))
				.andExpect(jsonPath("$.paths['" + path + "'].get.responses..examples").value(not(empty())));
		}
	}

	@Test
	void servesSwaggerUi() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void reportsNeo4jInTheHealthEndpoint() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.neo4j.status").value("UP"))
			.andExpect(jsonPath("$.components.neo4j.details.edition").value(not(emptyOrNullString())));
	}

}

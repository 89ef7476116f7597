package org.policygraph.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.policygraph.query.Problems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SearchControllerTests extends SeededGraphTests {

	@Test
	void findsEntitiesWhoseNameContainsTheChineseWords() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "家电"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(containsInAnyOrder("Industry:智能家电", "Park:慈溪智能家电高新技术产业园区")))
			.andExpect(jsonPath("$[0].score").value(greaterThan(0.0)));
	}

	@Test
	void findsEntitiesByAlias() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "公牛集团"))
			.andExpect(jsonPath("$[0].id").value("Enterprise:公牛电器"))
			.andExpect(jsonPath("$[0].type").value("Enterprise"))
			.andExpect(jsonPath("$[0].name").value("公牛电器"));
	}

	@Test
	void ranksTheClosestNameFirstAndHonoursTheLimit() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "上林英才计划").param("limit", "1"))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value("TalentScheme:上林英才计划"));
	}

	@Test
	void takesLuceneSyntaxLiterally() throws Exception {
		for (String q : new String[] { "家电 AND (", "\"", "*", "?", "公牛~", "a:b", "\\", "[智能", "NOT", "/", "&&", "||",
				"!", "^2", "{}", "-家电", "+" }) {
			this.mvc.perform(get("/api/search").param("q", q)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/search").param("q", "(家电)"))
			.andExpect(jsonPath("$[*].id").value(containsInAnyOrder("Industry:智能家电", "Park:慈溪智能家电高新技术产业园区")));
	}

	@Test
	void escapesEveryLuceneOperator() {
		assertThat(EntitySearch.luceneQuery(" 家电 AND (a:b)* ")).isEqualTo("家电 and \\(a\\:b\\)\\*");
		assertThat(EntitySearch.luceneQuery("\\\"~^/")).isEqualTo("\\\\\\\"\\~\\^\\/");
	}

	@Test
	void rejectsABlankOrMissingQuery() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "  ")).andExpect(problem(400, "invalid-parameter"));
		this.mvc.perform(get("/api/search").param("q", "\u3000")).andExpect(problem(400, "invalid-parameter"));
		this.mvc.perform(get("/api/search")).andExpect(problem(400, "missing-parameter"));
		this.mvc.perform(get("/api/search").param("q", "家电").param("limit", "0"))
			.andExpect(problem(400, "invalid-parameter"));
	}

}

package org.policygraph.query;

import org.junit.jupiter.api.Test;
import org.policygraph.SeedCorpusEndpointTests;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.policygraph.query.Problems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/graph/path} on the five seed documents as the real pipeline extracts them. */
class GraphPathTests extends SeedCorpusEndpointTests {

	private static final String ZHEJIANG_MADE = "Programme:浙江制造";

	private static final String TARGETS_SENTENCE = "扎实推进“浙江制造”建设，加快在智能家电、机械基础件、汽车及关键零部件等三大传统制造业企业中培育“浙江制造”品牌。";

	@Test
	void findsTheProgrammeThatTargetsAnIndustryInOneHopWithTheSentence() throws Exception {
		this.mvc.perform(get("/api/graph/path").param("from", "Industry:智能家电").param("to", ZHEJIANG_MADE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from.id").value("Industry:智能家电"))
			.andExpect(jsonPath("$.to.name").value("浙江制造"))
			.andExpect(jsonPath("$.hops").value(1))
			.andExpect(jsonPath("$.paths", hasSize(1)))
			.andExpect(jsonPath("$.paths[0].nodes[*].id").value(contains("Industry:智能家电", ZHEJIANG_MADE)))
			.andExpect(jsonPath("$.paths[0].steps[0].type").value("TARGETS"))
			.andExpect(jsonPath("$.paths[0].steps[0].source").value(ZHEJIANG_MADE))
			.andExpect(jsonPath("$.paths[0].steps[0].target").value("Industry:智能家电"))
			.andExpect(jsonPath("$.paths[0].steps[0].evidence[0].documentId").value("000_d731860091b711b0"))
			.andExpect(jsonPath("$.paths[0].steps[0].evidence[0].sentence").value(TARGETS_SENTENCE))
			.andExpect(jsonPath("$.truncated").value(false));
	}

	@Test
	void walksAgainstTheDirectionOfRelationships() throws Exception {
		// 月立 is in 智能家电, which 浙江制造 targets along with 机械基础件
		this.mvc.perform(get("/api/graph/path").param("from", "Enterprise:月立").param("to", "Industry:机械基础件"))
			.andExpect(jsonPath("$.hops").value(3))
			.andExpect(jsonPath("$.paths[0].nodes[*].id")
				.value(contains("Enterprise:月立", "Industry:智能家电", ZHEJIANG_MADE, "Industry:机械基础件")))
			.andExpect(jsonPath("$.paths[0].steps[*].type").value(contains("IN_INDUSTRY", "TARGETS", "TARGETS")))
			.andExpect(jsonPath("$.paths[0].steps[1].source").value(ZHEJIANG_MADE));
		this.mvc
			.perform(get("/api/graph/path").param("from", "Enterprise:月立").param("to", "Industry:机械基础件")
				.param("maxHops", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hops").doesNotExist())
			.andExpect(jsonPath("$.paths", hasSize(0)));
	}

	@Test
	void passesThroughMeasuresOnlyWhenAsked() throws Exception {
		// two enterprises that no sentence links, but that four fund measures name together
		String from = "Enterprise:国星集团";
		String to = "Enterprise:浙商资产";
		this.mvc.perform(get("/api/graph/path").param("from", from).param("to", to).param("maxHops", "2"))
			.andExpect(jsonPath("$.paths", hasSize(0)));
		this.mvc
			.perform(get("/api/graph/path").param("from", from).param("to", to).param("through", "measures")
				.param("maxHops", "2"))
			.andExpect(jsonPath("$.hops").value(2))
			.andExpect(jsonPath("$.paths", hasSize(4)))
			.andExpect(jsonPath("$.paths[*].nodes[1].label").value(everyItem(startsWith("Measure"))))
			.andExpect(jsonPath("$.paths[0].steps[*].type").value(contains("FOR", "FOR")))
			.andExpect(jsonPath("$.paths[0].steps[0].evidence[0].sentence").value(containsString("国星集团")))
			.andExpect(jsonPath("$.truncated").value(false));
		this.mvc
			.perform(get("/api/graph/path").param("from", from).param("to", to).param("through", "measures")
				.param("limit", "3"))
			.andExpect(jsonPath("$.paths", hasSize(3)))
			.andExpect(jsonPath("$.truncated").value(true));
	}

	@Test
	void passesThroughDocumentsOnlyWhenAsked() throws Exception {
		String from = "Enterprise:公牛电器";
		String to = "Enterprise:凯波集团";
		this.mvc.perform(get("/api/graph/path").param("from", from).param("to", to).param("maxHops", "2"))
			.andExpect(jsonPath("$.paths", hasSize(0)));
		this.mvc
			.perform(get("/api/graph/path").param("from", from).param("to", to).param("through", "documents,measures"))
			.andExpect(jsonPath("$.hops").value(2))
			.andExpect(jsonPath("$.paths[0].nodes[1].id").value("000_d731860091b711b0"))
			.andExpect(jsonPath("$.paths[0].steps[*].type").value(contains("MENTIONS", "MENTIONS")))
			.andExpect(jsonPath("$.paths[0].steps[0].source").value("000_d731860091b711b0"))
			.andExpect(jsonPath("$.paths[0].steps[0].evidence[0].documentId").value("000_d731860091b711b0"));
	}

	@Test
	void mergesARelationshipStatedByTwoDocumentsIntoOneStep() throws Exception {
		this.driver.executableQuery("""
				MATCH (p:Programme {name: '浙江制造'}), (i:Industry {name: '智能家电'})
				CREATE (p)-[:TARGETS {documentId: '001_e4f206c805cd707a', sentence: '培育“浙江制造”智能家电品牌。',
					start: 0, end: 14}]->(i)""").execute();
		this.mvc.perform(get("/api/graph/path").param("from", ZHEJIANG_MADE).param("to", "Industry:智能家电"))
			.andExpect(jsonPath("$.paths", hasSize(1)))
			.andExpect(jsonPath("$.paths[0].steps[0].evidence[*].documentId")
				.value(contains("000_d731860091b711b0", "001_e4f206c805cd707a")));
	}

	@Test
	void rejectsBadEndsAndHopCounts() throws Exception {
		for (String hops : new String[] { "0", "5", "many" }) {
			this.mvc
				.perform(get("/api/graph/path").param("from", ZHEJIANG_MADE).param("to", "Industry:智能家电")
					.param("maxHops", hops))
				.andExpect(problem(400, "invalid-parameter"));
		}
		this.mvc.perform(get("/api/graph/path").param("from", ZHEJIANG_MADE).param("to", ZHEJIANG_MADE))
			.andExpect(problem(400, "invalid-parameter"));
		this.mvc.perform(get("/api/graph/path").param("from", "浙江制造").param("to", "Industry:智能家电"))
			.andExpect(problem(400, "invalid-parameter"));
		this.mvc
			.perform(get("/api/graph/path").param("from", ZHEJIANG_MADE).param("to", "Industry:智能家电")
				.param("through", "regions"))
			.andExpect(problem(400, "invalid-parameter"));
		this.mvc.perform(get("/api/graph/path").param("to", "Industry:智能家电"))
			.andExpect(problem(400, "missing-parameter"));
	}

	@Test
	void describesThePathEndpointInOpenApiWithAnExample() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/graph/path'].get.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/graph/path'].get.description").value(containsString("MENTIONS")))
			.andExpect(jsonPath("$.paths['/api/graph/path'].get.parameters[?(@.name == 'from')].example")
				.value(contains("Programme:浙江制造")))
			.andExpect(jsonPath("$.paths['/api/graph/path'].get.parameters[?(@.name == 'maxHops')].schema.maximum")
				.value(contains(4)))
			.andExpect(jsonPath("$.paths['/api/graph/path'].get.responses['200'].content['application/json'].examples"
					+ "['programme to industry'].value.paths[0].steps[0].type").value("TARGETS"))
			.andExpect(jsonPath("$.paths['/api/graph/path'].get.responses['404']").exists());
	}

	@Test
	void answersNotFoundForAnUnknownEnd() throws Exception {
		this.mvc.perform(get("/api/graph/path").param("from", ZHEJIANG_MADE).param("to", "Industry:不存在的产业"))
			.andExpect(problem(404, "not-found"));
		this.mvc.perform(get("/api/graph/path").param("from", "Park:浙江制造").param("to", "Industry:智能家电"))
			.andExpect(problem(404, "not-found"));
	}

}

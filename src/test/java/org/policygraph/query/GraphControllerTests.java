package org.policygraph.query;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.policygraph.query.Problems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class GraphControllerTests extends SeededGraphTests {

	@Test
	void drawsTheDirectNeighboursOfAnEntityWithTheLinksAmongThem() throws Exception {
		this.mvc.perform(get("/api/graph/neighbourhood").param("id", "Industry:智能家电"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].id").value(contains("Industry:智能家电", "Enterprise:公牛电器",
					"Programme:市级智能化（自动化）成套装备改造试点示范项目",
					"Programme:慈溪市深化推进传统制造业改造提升2.0版实施方案（2021-2023年）", "Park:慈溪智能家电高新技术产业园区",
					DOC_1 + "#2", "000_d731860091b711b0", DOC_1)))
			.andExpect(jsonPath("$.nodes[0].label").value("Industry"))
			.andExpect(jsonPath("$.nodes[0].name").value("智能家电"))
			.andExpect(jsonPath("$.nodes[5].label").value("Measure"))
			.andExpect(jsonPath("$.nodes[5].name").value("资金 1500万元"))
			.andExpect(jsonPath("$.nodes[7].label").value("Document"))
			.andExpect(jsonPath("$.nodes[7].name").value("对市十七届人大一次会议第239号建议的答复"))
			.andExpect(jsonPath("$.links", hasSize(13)))
			.andExpect(jsonPath("$.links[?(@.source == 'Enterprise:公牛电器' && @.target == 'Industry:智能家电')].type")
				.value(contains("IN_INDUSTRY")))
			.andExpect(jsonPath("$.links[?(@.source == '" + DOC_1 + "#2')].type").value(hasItems("FOR", "STATED_IN")))
			.andExpect(jsonPath("$.links[?(@.source == '" + DOC_1 + "')].target").value(hasItem("Enterprise:公牛电器")));
	}

	@Test
	void reachesFurtherWithDepthAndStopsAtTheLimit() throws Exception {
		this.mvc.perform(get("/api/graph/neighbourhood").param("id", "Industry:智能家电").param("depth", "2"))
			.andExpect(jsonPath("$.nodes[*].id").value(hasItems("Industry:汽车制造", "Programme:宁波市未来工厂名单",
					DOC_1 + "#1", "TalentScheme:上林英才计划")));
		// 汽车制造 - document 0 - 智能家电 - document 1 - 制造业: four hops apart
		this.mvc.perform(get("/api/graph/neighbourhood").param("id", "Industry:汽车制造").param("depth", "3"))
			.andExpect(jsonPath("$.nodes[*].id").value(hasItem(DOC_1)))
			.andExpect(jsonPath("$.nodes[*].id").value(not(hasItem("Industry:制造业"))));
		this.mvc
			.perform(get("/api/graph/neighbourhood").param("id", "Industry:智能家电").param("depth", "3")
				.param("limit", "3"))
			.andExpect(jsonPath("$.nodes[*].id").value(contains("Industry:智能家电", "Enterprise:公牛电器",
					"Programme:市级智能化（自动化）成套装备改造试点示范项目")))
			.andExpect(jsonPath("$.links[*].type").value(contains("IN_INDUSTRY", "TARGETS")));
	}

	@Test
	void startsFromADocumentOrAMeasure() throws Exception {
		this.mvc.perform(get("/api/graph/neighbourhood").param("id", DOC_1 + "#1"))
			.andExpect(jsonPath("$.nodes[*].id")
				.value(contains(DOC_1 + "#1", "Programme:市级智能化（自动化）成套装备改造试点示范项目", DOC_1)))
			.andExpect(jsonPath("$.nodes[0].name").value("奖励 15% 500万元"));
		this.mvc.perform(get("/api/graph/neighbourhood").param("id", DOC_1))
			.andExpect(jsonPath("$.nodes[0].label").value("Document"))
			.andExpect(jsonPath("$.nodes", hasSize(9)));
	}

	@Test
	void rejectsDepthsAndLimitsOutOfRange() throws Exception {
		for (String depth : new String[] { "0", "4", "two" }) {
			this.mvc.perform(get("/api/graph/neighbourhood").param("id", "Industry:智能家电").param("depth", depth))
				.andExpect(problem(400, "invalid-parameter"));
		}
		for (String limit : new String[] { "0", "501", "-5", "many" }) {
			this.mvc.perform(get("/api/graph/neighbourhood").param("id", "Industry:智能家电").param("limit", limit))
				.andExpect(problem(400, "invalid-parameter"));
		}
		this.mvc.perform(get("/api/graph/neighbourhood")).andExpect(problem(400, "missing-parameter"));
	}

	@Test
	void answersNotFoundForAnUnknownNode() throws Exception {
		for (String id : new String[] { "Industry:不存在的产业", "no-such-document", "Company:公牛电器" }) {
			this.mvc.perform(get("/api/graph/neighbourhood").param("id", id)).andExpect(problem(404, "not-found"));
		}
	}

}

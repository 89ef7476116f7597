package org.policygraph.query;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.policygraph.query.Problems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IndustryControllerTests extends SeededGraphTests {

	@Test
	void listsIndustriesByNameWithCountsOfWhatTheyAreLinkedTo() throws Exception {
		this.mvc.perform(get("/api/industries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(contains("制造业", "智能家电", "汽车制造")))
			.andExpect(jsonPath("$[1].aliases").value(contains("智能家电产业")))
			.andExpect(jsonPath("$[1].measures").value(2))
			.andExpect(jsonPath("$[1].programmes").value(2))
			.andExpect(jsonPath("$[1].parks").value(1))
			.andExpect(jsonPath("$[1].enterprises").value(1))
			.andExpect(jsonPath("$[1].talentSchemes").value(0))
			.andExpect(jsonPath("$[0].talentSchemes").value(1))
			// the grant for 上林英才计划, the talent scheme that supports 制造业
			.andExpect(jsonPath("$[0].measures").value(1))
			.andExpect(jsonPath("$[2].programmes").value(1));
	}

	@Test
	void listsMeasuresForTheIndustryAndForProgrammesThatTargetIt() throws Exception {
		this.mvc.perform(get("/api/industries/{name}/measures", "智能家电"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].id").value(DOC_1 + "#1"))
			.andExpect(jsonPath("$[0].instrument").value("奖励"))
			.andExpect(jsonPath("$[0].amountYuan").value(5000000))
			.andExpect(jsonPath("$[0].ratePercent").value(15.0))
			.andExpect(jsonPath("$[0].direct").value(false))
			.andExpect(jsonPath("$[0].via").value(contains("Programme:市级智能化（自动化）成套装备改造试点示范项目")))
			.andExpect(jsonPath("$[0].evidence.documentId").value(DOC_1))
			.andExpect(jsonPath("$[0].evidence.sentence")
				.value("对列入本市级智能化（自动化）成套装备改造试点示范项目按设备投入额的15%给予不超过500万元的奖励；"))
			.andExpect(jsonPath("$[1].id").value(DOC_1 + "#2"))
			.andExpect(jsonPath("$[1].direct").value(true))
			.andExpect(jsonPath("$[1].via", hasSize(0)))
			.andExpect(jsonPath("$[1].ratePercent").doesNotExist());
	}

	@Test
	void listsProgrammesThatTargetTheIndustryWithTheirEvidence() throws Exception {
		this.mvc.perform(get("/api/industries/{name}/programmes", "智能家电"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(contains("Programme:市级智能化（自动化）成套装备改造试点示范项目",
					"Programme:慈溪市深化推进传统制造业改造提升2.0版实施方案（2021-2023年）")))
			.andExpect(jsonPath("$[1].type").value("Programme"))
			.andExpect(jsonPath("$[1].evidence[0].documentId").value(DOC_0))
			.andExpect(jsonPath("$[1].evidence[0].sentence").value(startsWith("出台《慈溪市深化推进")));
	}

	@Test
	void listsEnterprisesWithOneEvidencePerStatingDocument() throws Exception {
		this.mvc.perform(get("/api/industries/{name}/enterprises", "智能家电"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value("Enterprise:公牛电器"))
			.andExpect(jsonPath("$[0].aliases").value(contains("公牛集团")))
			.andExpect(jsonPath("$[0].evidence[*].documentId").value(contains(DOC_0, DOC_1)));
	}

	@Test
	void listsParksAndTalentSchemes() throws Exception {
		this.mvc.perform(get("/api/industries/{name}/parks", "智能家电"))
			.andExpect(jsonPath("$[*].id").value(contains("Park:慈溪智能家电高新技术产业园区")))
			.andExpect(jsonPath("$[0].evidence[0].sentence").value(containsString("申报省级高新园区")));
		this.mvc.perform(get("/api/industries/{name}/talent-schemes", "制造业"))
			.andExpect(jsonPath("$[*].id").value(contains("TalentScheme:上林英才计划")))
			.andExpect(jsonPath("$[0].evidence[0].documentId").value(DOC_1));
		this.mvc.perform(get("/api/industries/{name}/talent-schemes", "汽车制造")).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void findsAnIndustryByAlias() throws Exception {
		this.mvc.perform(get("/api/industries/{name}/parks", "智能家电产业"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void answersNotFoundForAnUnknownIndustry() throws Exception {
		for (String list : new String[] { "measures", "programmes", "parks", "enterprises", "talent-schemes" }) {
			this.mvc.perform(get("/api/industries/{name}/" + list, "不存在的产业"))
				.andExpect(problem(404, "not-found"))
				.andExpect(jsonPath("$.detail").value("There is no industry named '不存在的产业'."));
		}
	}

}

package org.policygraph.query;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.policygraph.query.Problems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DocumentControllerTests extends SeededGraphTests {

	@Test
	void listsDocumentsWithMetadataAndCounts() throws Exception {
		this.mvc.perform(get("/api/documents"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(contains(DOC_0, DOC_1)))
			.andExpect(jsonPath("$[0].delegate").value("毛海霞"))
			.andExpect(jsonPath("$[0].date").doesNotExist())
			.andExpect(jsonPath("$[0].entities").value(8))
			.andExpect(jsonPath("$[0].relations").value(6))
			.andExpect(jsonPath("$[0].measures").value(0))
			.andExpect(jsonPath("$[1].title").value("对市十七届人大一次会议第239号建议的答复"))
			.andExpect(jsonPath("$[1].agency").value("慈溪市经济和信息化局"))
			.andExpect(jsonPath("$[1].docNumber").value("慈经信建〔2017〕5号"))
			.andExpect(jsonPath("$[1].date").value("2017-06-20"))
			.andExpect(jsonPath("$[1].suggestionNo").value(239))
			.andExpect(jsonPath("$[1].session").value("市十七届人大一次会议"))
			.andExpect(jsonPath("$[1].importedAt").value(startsWith("2026-11-23T10:00:01")))
			.andExpect(jsonPath("$[1].entities").value(5))
			.andExpect(jsonPath("$[1].relations").value(3))
			.andExpect(jsonPath("$[1].measures").value(3));
	}

	@Test
	void showsADocumentWithItsEntitiesRelationsAndMeasures() throws Exception {
		this.mvc.perform(get("/api/documents/{id}", DOC_1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.document.id").value(DOC_1))
			.andExpect(jsonPath("$.document.measures").value(3))
			.andExpect(jsonPath("$.entities[*].id").value(contains("Enterprise:公牛电器", "Industry:制造业", "Industry:智能家电",
					"Programme:市级智能化（自动化）成套装备改造试点示范项目", "TalentScheme:上林英才计划")))
			.andExpect(jsonPath("$.entities[0].aliases").value(contains("公牛集团")))
			.andExpect(jsonPath("$.entities[1].mentions").value(3))
			.andExpect(jsonPath("$.relations[*].type").value(contains("TARGETS", "IN_INDUSTRY", "SUPPORTS")))
			.andExpect(jsonPath("$.relations[0].source.id").value("Programme:市级智能化（自动化）成套装备改造试点示范项目"))
			.andExpect(jsonPath("$.relations[0].target.id").value("Industry:智能家电"))
			.andExpect(jsonPath("$.relations[0].evidence.documentId").value(DOC_1))
			.andExpect(jsonPath("$.relations[0].evidence.sentence").value(startsWith("对列入本市级智能化")))
			.andExpect(jsonPath("$.measures[*].id").value(contains(DOC_1 + "#1", DOC_1 + "#2", DOC_1 + "#3")))
			.andExpect(jsonPath("$.measures[0].ratePercent").value(15.0))
			.andExpect(jsonPath("$.measures[0].targets[0].type").value("Programme"))
			.andExpect(jsonPath("$.measures[2].evidence.sentence").value("对入选“上林英才”计划的创新人才，给予最高500万元的经费支持。"));
	}

	@Test
	void showsOnlyTheRelationsTheDocumentItselfStates() throws Exception {
		this.mvc.perform(get("/api/documents/{id}", DOC_0))
			.andExpect(jsonPath("$.relations", hasSize(6)))
			.andExpect(jsonPath("$.relations[?(@.type == 'IN_INDUSTRY')].evidence.documentId").value(contains(DOC_0)))
			.andExpect(jsonPath("$.measures", hasSize(0)));
	}

	@Test
	void answersNotFoundForAnUnknownDocument() throws Exception {
		this.mvc.perform(get("/api/documents/{id}", "999_unknown"))
			.andExpect(problem(404, "not-found"))
			.andExpect(jsonPath("$.detail").value("There is no document '999_unknown'."));
	}

}

package org.policygraph.analytics;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.policygraph.query.Problems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IndustryProfileControllerTests extends SeedCorpusAnalyticsTests {

	private static final String PROFILE = "/api/industries/{name}/profile";

	@Test
	void showsTheProgrammeThatTargetsAnIndustryWithItsEvidenceDocument() throws Exception {
		this.mvc.perform(get(PROFILE, "照明灯具"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("Industry:照明灯具"))
			.andExpect(jsonPath("$.programmes[*].id").value(contains("Programme:全省新一轮质量提升行动11个特色产业名单")))
			.andExpect(jsonPath("$.programmes[0].evidence[0].documentId").value(DOC_3))
			.andExpect(jsonPath("$.programmes[0].evidence[0].sentence").value(containsString("照明灯具产业入选")))
			.andExpect(jsonPath("$.documents[*].id").value(contains(DOC_3)))
			.andExpect(jsonPath("$.documents[0].title").value("关于余姚市人大十八届一次会议第61号建议的答复"))
			.andExpect(jsonPath("$.measures").value(empty()))
			.andExpect(jsonPath("$.measureSummary.measures").value(0))
			.andExpect(jsonPath("$.measureSummary.largestAmountYuan").value(nullValue()))
			.andExpect(jsonPath("$.firstYear").value(nullValue()));
	}

	@Test
	void showsParksEnterprisesDocumentsAndTheYearsTheySpan() throws Exception {
		this.mvc.perform(get(PROFILE, "智能家电"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.programmes[*].id").value(hasItem("Programme:浙江制造")))
			.andExpect(jsonPath("$.parks[*].id").value(hasItem("Park:慈溪智能家电小镇")))
			.andExpect(jsonPath("$.enterprises[*].id").value(hasItems("Enterprise:三A", "Enterprise:月立")))
			.andExpect(jsonPath("$.enterprises[0].evidence[0].documentId").value(DOC_1))
			.andExpect(jsonPath("$.documents[*].id").value(contains(DOC_0, DOC_1, DOC_2, DOC_3)))
			// 001 is dated 2017-07-03; 002 is numbered 慈经信建〔2022〕3号
			.andExpect(jsonPath("$.firstYear").value(2017))
			.andExpect(jsonPath("$.lastYear").value(2022));
	}

	@Test
	void findsAnIndustryByAnAliasTheSeedsUse() throws Exception {
		this.mvc.perform(get(PROFILE, "智能家电产业"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("智能家电"))
			.andExpect(jsonPath("$.aliases").value(hasItem("智能家电产业")));
	}

	@Test
	void summarisesTheAmountsCapsAndInstrumentsOfTheMeasures() throws Exception {
		loadDevelopmentDocument(COUNTY_REPLY);
		this.mvc.perform(get(PROFILE, "有机硅新材料"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measures[*].instrument").value(contains("补贴", "补贴", "补贴")))
			.andExpect(jsonPath("$.measures[*].amountYuan").value(containsInAnyOrder(2000000, 800000, 300000)))
			.andExpect(jsonPath("$.measures[*].evidence.documentId").value(everyItem(is(COUNTY_REPLY))))
			.andExpect(jsonPath("$.measures[*].direct").value(everyItem(is(true))))
			.andExpect(jsonPath("$.measureSummary.measures").value(3))
			.andExpect(jsonPath("$.measureSummary.amountYuan").value(3100000))
			.andExpect(jsonPath("$.measureSummary.largestAmountYuan").value(2000000))
			.andExpect(jsonPath("$.measureSummary.instruments[*].instrument").value(contains("补贴")))
			.andExpect(jsonPath("$.programmes[*].id")
				.value(contains("Programme:永修县支持有机硅新材料产业高质量发展若干政策措施")))
			.andExpect(jsonPath("$.talentSchemes[*].id").value(contains("TalentScheme:柘林英才计划")))
			.andExpect(jsonPath("$.documents[*].id").value(contains(COUNTY_REPLY)))
			.andExpect(jsonPath("$.firstYear").value(2024))
			.andExpect(jsonPath("$.lastYear").value(2024));
	}

	@Test
	void answersNotFoundForAnUnknownIndustry() throws Exception {
		this.mvc.perform(get(PROFILE, "不存在的产业"))
			.andExpect(problem(404, "not-found"))
			.andExpect(jsonPath("$.detail").value("There is no industry named '不存在的产业'."));
	}

	@Test
	void describesItselfInOpenApiWithExamples() throws Exception {
		String path = "$.paths['/api/industries/{name}/profile'].get";
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath(path + ".summary").value(containsString("dashboard card")))
			.andExpect(jsonPath(path + ".parameters[0].example").value("智能家电"))
			.andExpect(jsonPath(path + ".responses['200'].content['application/json'].examples.profile").exists())
			.andExpect(jsonPath(path + ".responses['200'].content['application/json'].schema['$ref']")
				.value(containsString("IndustryProfile")))
			.andExpect(jsonPath(path + ".responses['404'].content['application/problem+json'].examples.unknownIndustry")
				.exists());
	}

}

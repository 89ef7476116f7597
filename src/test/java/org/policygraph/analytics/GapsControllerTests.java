package org.policygraph.analytics;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class GapsControllerTests extends SeedCorpusAnalyticsTests {

	private static final String TARGETED = "$.targetedWithoutMeasures";

	@Test
	void listsIndustriesThatSeedProgrammesTargetWithoutAnyMeasure() throws Exception {
		// 003: 照明灯具产业入选全省新一轮质量提升行动11个特色产业名单
		this.mvc.perform(get("/api/gaps"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(TARGETED + "[*].name").value(hasItems("照明灯具", "光电信息", "智能家电")))
			.andExpect(jsonPath(TARGETED + "[?(@.name == '照明灯具')].id").value(contains("Industry:照明灯具")))
			.andExpect(jsonPath(TARGETED + "[?(@.name == '照明灯具')].programmes[*]")
				.value(contains("Programme:全省新一轮质量提升行动11个特色产业名单")))
			.andExpect(jsonPath(TARGETED + "[?(@.name == '照明灯具')].documents[*].id").value(contains(DOC_3)))
			.andExpect(jsonPath(TARGETED + "[?(@.name == '照明灯具')].documents[*].title")
				.value(contains("关于余姚市人大十八届一次会议第61号建议的答复")))
			.andExpect(jsonPath(TARGETED + "[?(@.name == '智能家电')].documents[*].id").value(contains(DOC_0)));
	}

	@Test
	void dropsATargetedIndustryOnceAMeasureWithAnAmountReachesIt() throws Exception {
		loadDevelopmentDocument(TIERED_PLAN);
		this.mvc.perform(get("/api/gaps"))
			.andExpect(jsonPath(TARGETED + "[*].name").value(not(hasItem("新能源汽车及关键零部件"))))
			.andExpect(jsonPath(TARGETED + "[*].name").value(hasItems("光电信息", "照明灯具")))
			.andExpect(jsonPath(TARGETED + "[?(@.name == '新材料')].documents[*].id")
				.value(contains(DOC_3, TIERED_PLAN)));
	}

	@Test
	void listsIndustriesWhoseMeasuresAllUseOneInstrument() throws Exception {
		this.mvc.perform(get("/api/gaps")).andExpect(jsonPath("$.singleInstrument").value(empty()));
		loadDevelopmentDocument(COUNTY_REPLY);
		this.mvc.perform(get("/api/gaps"))
			.andExpect(jsonPath("$.singleInstrument[*].name").value(contains("有机硅新材料")))
			.andExpect(jsonPath("$.singleInstrument[0].instrument").value("补贴"))
			.andExpect(jsonPath("$.singleInstrument[0].measures").value(3))
			.andExpect(jsonPath("$.singleInstrument[0].documents[0].id").value(COUNTY_REPLY))
			.andExpect(jsonPath("$.singleInstrument[0].documents[0].title").value("关于县十七届人大三次会议第58号建议的答复"))
			.andExpect(jsonPath("$.singleInstrument[0].documents[0].year").value(2024));
	}

	@Test
	void listsTalentSchemesThatSupportNoIndustryWithTheDocumentsThatMentionThem() throws Exception {
		// 004: 顶尖特优人才倍增行动 supports 轴承; 001 names 上林英才计划 with no industry
		this.mvc.perform(get("/api/gaps"))
			.andExpect(jsonPath("$.talentSchemesWithoutIndustry[*].name").value(hasItem("上林英才计划")))
			.andExpect(jsonPath("$.talentSchemesWithoutIndustry[*].name").value(not(hasItem("顶尖特优人才倍增行动"))))
			.andExpect(jsonPath("$.talentSchemesWithoutIndustry[?(@.name == '上林英才计划')].documents[*].id")
				.value(contains(DOC_1)))
			.andExpect(jsonPath("$.talentSchemesWithoutIndustry[?(@.name == '上林英才计划')].documents[*].title")
				.value(contains("对市十七届人大一次会议第239号建议的答复")));
	}

	@Test
	void describesItselfInOpenApiWithAnExample() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/gaps'].get.summary").value(containsString("talent schemes")))
			.andExpect(jsonPath("$.paths['/api/gaps'].get.responses['200'].content['application/json'].examples.gaps")
				.exists());
	}

}

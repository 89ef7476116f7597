package org.policygraph.analytics;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.policygraph.query.Problems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CoverageControllerTests extends SeedCorpusAnalyticsTests {

	@Test
	void countsEverySeedMeasureOnceWithTotalsThatAddUp() throws Exception {
		String body = coverage("rows", "industry", "cols", "instrument");
		long measures = graphCount("MATCH (m:Measure) RETURN count(m)");
		long amount = graphCount("MATCH (m:Measure) RETURN sum(coalesce(m.amountYuan, 0))");
		assertThat(measures).isEqualTo(29);
		assertThat(number(body, "$.total.measures")).isEqualTo(measures);
		assertThat(number(body, "$.total.amountYuan")).isEqualTo(amount);
		for (String list : new String[] { "cells", "rowTotals", "colTotals" }) {
			assertThat(sum(body, "$." + list + "[*].measures")).as(list).isEqualTo(measures);
			assertThat(sum(body, "$." + list + "[*].amountYuan")).as(list).isEqualTo(amount);
		}
		// 001: 给予不超过200万元、300万元、400万元的奖励 and 不超过500万元的奖励
		assertThat(JsonPath.<List<Integer>>read(body, "$.colTotals[?(@.key == '奖励')].measures")).containsExactly(4);
		assertThat(JsonPath.<List<Number>>read(body, "$.colTotals[?(@.key == '奖励')].amountYuan"))
			.extracting(Number::longValue)
			.containsExactly(14_000_000L);
	}

	@Test
	void putsMeasuresThatReachNoIndustryInTheNoneRowOrLeavesThemOut() throws Exception {
		this.mvc.perform(get("/api/coverage"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value("industry"))
			.andExpect(jsonPath("$.cols").value("instrument"))
			.andExpect(jsonPath("$.rowKeys").value(contains("(none)")));
		this.mvc.perform(get("/api/coverage").param("unassigned", "false"))
			.andExpect(jsonPath("$.rowKeys").value(empty()))
			.andExpect(jsonPath("$.cells").value(empty()))
			.andExpect(jsonPath("$.total.measures").value(0))
			.andExpect(jsonPath("$.total.amountYuan").value(0));
	}

	@Test
	void countsAMeasureInEveryIndustryItReachesButOnceInTheTotal() throws Exception {
		loadDevelopmentDocument(COUNTY_REPLY);
		loadDevelopmentDocument(TIERED_PLAN);
		String body = coverage("unassigned", "false");
		assertThat(JsonPath.<List<String>>read(body, "$.rowKeys")).containsExactly("数字经济", "新能源汽车及关键零部件",
				"有机硅新材料", "生物医药");
		assertThat(JsonPath.<List<Object>>read(body, "$.cells[?(@.row == '有机硅新材料' && @.col == '补贴')]"))
			.singleElement()
			.hasToString("{row=有机硅新材料, col=补贴, measures=3, amountYuan=3100000}");
		// one fund (基金) of 50亿元 for 数字经济, 生物医药 and 新能源汽车及关键零部件 counts in each row, once in the total;
		// so do the two grants (资助) for what supports or focuses on both 数字经济 and 生物医药
		assertThat(number(body, "$.total.measures")).isEqualTo(6);
		assertThat(number(body, "$.total.amountYuan")).isEqualTo(5_016_100_000L);
		assertThat(sum(body, "$.rowTotals[*].measures")).isEqualTo(10);
		assertThat(sum(body, "$.colTotals[*].measures")).isEqualTo(6);
	}

	@Test
	void countsMeasuresByTheYearOfTheDateOrOfTheDocumentNumber() throws Exception {
		String body = coverage("cols", "year");
		assertThat(JsonPath.<List<String>>read(body, "$.colKeys")).containsExactly("2017", "2022", "(none)");
		assertThat(JsonPath.<List<Integer>>read(body, "$.colTotals[?(@.key == '2017')].measures"))
			.containsExactly((int) measuresOf(DOC_1));
		// 002 has no date; its number 慈经信建〔2022〕3号 gives the year
		assertThat(JsonPath.<List<Integer>>read(body, "$.colTotals[?(@.key == '2022')].measures"))
			.containsExactly((int) measuresOf(DOC_2));
	}

	@Test
	void countsMeasuresByTheRegionAndAgencyOfTheirDocument() throws Exception {
		String body = coverage("rows", "region", "cols", "agency");
		assertThat(JsonPath.<List<String>>read(body, "$.rowKeys")).containsExactly("余姚市", "慈溪市");
		assertThat(JsonPath.<List<String>>read(body, "$.colKeys")).containsExactly("余姚市经济和信息化局", "慈溪市经济和信息化局");
		assertThat(JsonPath.<List<Integer>>read(body, "$.cells[?(@.row == '余姚市')].measures"))
			.containsExactly((int) measuresOf(DOC_3));
		assertThat(JsonPath.<List<String>>read(body, "$.cells[?(@.row == '余姚市')].col"))
			.containsExactly("余姚市经济和信息化局");
	}

	@Test
	void narrowsTheTotalsByRegionAgencyAndYears() throws Exception {
		long all = number(coverage(), "$.total.measures");
		assertThat(number(coverage("region", "余姚市"), "$.total.measures")).isEqualTo(measuresOf(DOC_3));
		assertThat(number(coverage("agency", "慈溪市经济和信息化局"), "$.total.measures"))
			.isEqualTo(measuresOf(DOC_1) + measuresOf(DOC_2));
		assertThat(number(coverage("from", "2018"), "$.total.measures")).isEqualTo(measuresOf(DOC_2));
		assertThat(number(coverage("to", "2017"), "$.total.measures")).isEqualTo(measuresOf(DOC_1));
		assertThat(number(coverage("from", "2017", "to", "2022"), "$.total.measures"))
			.isEqualTo(measuresOf(DOC_1) + measuresOf(DOC_2))
			.isLessThan(all);
		String none = coverage("region", "余姚市", "agency", "慈溪市经济和信息化局");
		assertThat(number(none, "$.total.measures")).isZero();
		assertThat(JsonPath.<List<Object>>read(none, "$.colKeys")).isEmpty();
	}

	@Test
	void rejectsUnknownDimensionsAndReversedYearsWithAProblemNamingTheAllowedValues() throws Exception {
		this.mvc.perform(get("/api/coverage").param("cols", "city"))
			.andExpect(problem(400, "invalid-parameter"))
			.andExpect(jsonPath("$.detail").value(
					"Parameter 'cols' must be one of industry, instrument, region, year, agency, not 'city'."));
		this.mvc.perform(get("/api/coverage").param("rows", "programme"))
			.andExpect(problem(400, "invalid-parameter"))
			.andExpect(jsonPath("$.detail").value(containsString("'rows' must be one of industry, instrument")));
		this.mvc.perform(get("/api/coverage").param("rows", "year").param("cols", "year"))
			.andExpect(problem(400, "invalid-parameter"))
			.andExpect(jsonPath("$.detail").value(containsString("two different dimensions")));
		this.mvc.perform(get("/api/coverage").param("from", "2022").param("to", "2017"))
			.andExpect(problem(400, "invalid-parameter"))
			.andExpect(jsonPath("$.detail").value("Parameter 'from' (2022) must not be after 'to' (2017)."));
		this.mvc.perform(get("/api/coverage").param("from", "去年")).andExpect(problem(400, "invalid-parameter"));
	}

	@Test
	void describesItselfInOpenApiWithExamples() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/coverage'].get.summary").value(containsString("industry")))
			.andExpect(jsonPath("$.paths['/api/coverage'].get.description").value(containsString("TARGETS")))
			.andExpect(jsonPath("$.paths['/api/coverage'].get.parameters[*].name")
				.value(hasItems("rows", "cols", "region", "from", "to", "agency")))
			.andExpect(jsonPath("$.paths['/api/coverage'].get.parameters[?(@.name == 'cols')].example")
				.value(contains("instrument")))
			.andExpect(jsonPath("$.paths['/api/coverage'].get.responses['200'].content['application/json']"
					+ ".examples.matrix").exists())
			.andExpect(jsonPath("$.paths['/api/coverage'].get.responses['200'].content['application/json']"
					+ ".schema['$ref']").value(containsString("Coverage")))
			.andExpect(jsonPath("$.paths['/api/coverage'].get.responses['400'].content['application/problem+json']"
					+ ".examples.unknownDimension").exists());
	}

	private String coverage(String... parameters) throws Exception {
		var request = get("/api/coverage");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long measuresOf(String document) {
		return graphCount("MATCH (m:Measure)-[:STATED_IN]->(:Document {id: $id}) RETURN count(m)", Map.of("id", document));
	}

	private static long number(String body, String path) {
		return JsonPath.<Number>read(body, path).longValue();
	}

	private static long sum(String body, String path) {
		return JsonPath.<List<Number>>read(body, path).stream().mapToLong(Number::longValue).sum();
	}

}

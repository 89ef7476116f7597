package org.policygraph.ask;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.policygraph.PolicyGraphIntegrationTest;
import org.policygraph.SeedCorpus;
import org.policygraph.graph.GraphLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/ask} on the five seed documents of {@code import/}, extracted and loaded by the real pipeline. */
@PolicyGraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskControllerTests {

	/** One question per template, with a value the seed documents state and the extraction finds. */
	private static final String CASES = """
			哪些措施支持上林英才计划？, measures-for, instrument, 贴息
			上林英才计划有哪些资助？, instruments-for, amountYuan, 5000000
			上林英才计划最高资助是多少？, highest-for, amountYuan, 21350000
			最高补贴是多少？, highest, forEntities[0], 人才安居工程
			哪些政策支持智能家电产业？, programmes-for, programme, 浙江制造
			哪些企业入选了宁波市未来工厂名单？, listed-enterprises, enterprise, 奥云德电器
			哪些园区入选了市级众创空间？, listed-parks, park, 创客码头
			公牛电器入选了哪些名单？, listings-of, programme, 宁波市未来工厂名单
			两化融合贯标试点由哪个部门出台？, issuer-of, issuer, 工信部
			工信部出台了哪些政策？, issued-by, programme, 中小企业数字化赋能专项行动方案
			浙江制造支持哪些产业？, industries-of, industry, 汽车及关键零部件
			哪些园区聚焦智能家电？, parks-for, park, 慈溪智能家电小镇
			哪些企业属于智能家电产业？, enterprises-of-industry, enterprise, 月立
			哪些人才计划支持轴承产业？, talent-schemes-for, talentScheme, 顶尖特优人才倍增行动
			月立属于什么行业？, industry-of, industry, 智能家电
			横河镇有哪些园区？, parks-in, park, 横河镇西工业园
			慈溪市有哪些企业？, enterprises-in, enterprise, 福尔达
			慈溪市有哪些政策？, programmes-of, programme, 慈溪市科技独角兽企业培育行动计划（2021—2025）
			慈溪智能家电小镇在哪里？, location-of, place, 观海卫
			公牛电器和宁波市未来工厂名单有什么关系？, relation-between, relation, LISTED_IN
			先锋电器和谁合作？, partners-of, partner, 农业银行
			哪些文件提到了智能家电？, documents-naming, documentId, 003_ed207588630f82fd
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Autowired
	GraphLoader loader;

	@Autowired
	QuestionTemplates templates;

	@BeforeAll
	void loadSeedCorpus() {
		SeedCorpus.load(this.driver, this.loader);
	}

	@ParameterizedTest
	@CsvSource(textBlock = CASES)
	void answersEveryTemplateFromTheSeedDocuments(String question, String template, String column, String value)
			throws Exception {
		this.mvc.perform(get("/api/ask").param("q", question))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.understood").value(true))
			.andExpect(jsonPath("$.template").value(template))
			.andExpect(jsonPath("$.rows[*]." + column, hasItem(value.matches("\\d+") ? (Object) Integer.valueOf(value) : value)));
	}

	@Test
	void hasACaseForEveryTemplate() {
		Set<String> covered = CASES.lines().map((line) -> line.split(",\\s*")[1]).collect(Collectors.toSet());
		assertThat(covered).containsExactlyInAnyOrderElementsOf(
				this.templates.all().stream().map(QuestionTemplate::id).toList());
		assertThat(covered).hasSizeGreaterThanOrEqualTo(12);
	}

	@ParameterizedTest
	@CsvSource(textBlock = CASES)
	void returnsCypherThatGivesTheSameRowsThroughTheDriver(String question) throws Exception {
		JsonNode answer = ask(question);
		Map<String, Object> parameters = JSON.convertValue(answer.get("parameters"), Map.class);
		List<Map<String, Object>> rows = this.driver.executableQuery(answer.get("cypher").asString())
			.withParameters(parameters)
			.execute()
			.records()
			.stream()
			.map(QuestionAnswering::row)
			.toList();
		assertThat(rows).isNotEmpty();
		assertThat(JSON.readTree(JSON.writeValueAsString(rows))).isEqualTo(answer.get("rows"));
	}

	@ParameterizedTest
	@CsvSource(textBlock = CASES)
	void givesTheEvidenceOfEachFactThatHasOne(String question, String template) throws Exception {
		JsonNode answer = ask(question);
		JsonNode rows = answer.get("rows");
		for (JsonNode evidence : answer.get("evidence")) {
			JsonNode row = rows.get(evidence.get("row").asInt());
			assertThat(evidence.get("documentId")).isEqualTo(row.get("documentId"));
			assertThat(evidence.get("sentence")).isEqualTo(row.get("sentence"));
			assertThat(evidence.get("sentence").asString()).isNotBlank();
		}
		if (!Set.of("documents-naming", "programmes-of").contains(template)) {
			assertThat(answer.get("evidence")).hasSize(rows.size());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "哪些政策支持智能家电产业", "哪些政策支持智能家电", "哪些政策支持智能家电？", "哪些政策支持智能家电产业?",
			" 哪些 政策 支持 智能家电 产业 ？ ", "哪些政策支持「智能家电」产业？", "哪些政策支持“智能家电”行业！", "有哪些政策支持智能家电的发展？",
			"什么政策聚焦智能家电产业", "哪些规划涉及智能家电", "支持智能家电产业的政策有哪些？", "智能家电产业有哪些政策？",
			"智能家电的政策有哪些", "哪些政策支持智能家电产业呢？", "哪些政策支持智能家电产业？？" })
	void readsVariantsOfAQuestionWithTheSameTemplate(String question) throws Exception {
		this.mvc.perform(get("/api/ask").param("q", question))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.template").value("programmes-for"))
			.andExpect(jsonPath("$.parameters.x").value("智能家电"))
			.andExpect(jsonPath("$.rows[*].programme", hasItem("浙江制造")));
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			智能家电有哪些园区？, parks-for
			智能家电产业有哪些园区, parks-for
			横河镇有哪些园区, parks-in
			哪些园区位于横河镇？, parks-in
			慈溪有哪些企业？, enterprises-in
			智能家电行业有哪些企业, enterprises-of-industry
			宁波市未来工厂名单有哪些企业, listed-enterprises
			工信部有哪些政策, issued-by
			宁波有哪些政策, programmes-of
			支持上林英才计划的措施有哪些？, measures-for
			上林英才计划 有哪些 扶持措施, measures-for
			哪些补贴支持上林英才计划, instruments-for
			上林英才计划的资助最高是多少, highest-for
			最高的奖励是多少, highest
			轴承有哪些人才计划？, talent-schemes-for
			谁出台了两化融合贯标试点, issuer-of
			浙江制造聚焦哪些行业, industries-of
			月立是什么行业的企业, industry-of
			先锋电器的合作伙伴有哪些, partners-of
			智能家电出现在哪些文件中, documents-naming
			月立与智能家电有关系吗, relation-between
			新时代慈商和上林工匠培育工程和轴承有什么关系？, relation-between
			国星集团和浙商资产有什么关系, relation-between
			请问国星集团与浙商资产之间存在什么关系, relation-between
			""")
	void readsEachFormByTheTypeOfTheNameItHolds(String question, String template) throws Exception {
		this.mvc.perform(get("/api/ask").param("q", question))
			.andExpect(jsonPath("$.template").value(template))
			.andExpect(jsonPath("$.rows", not(empty())));
	}

	@Test
	void resolvesAnAliasToItsCanonicalEntity() throws Exception {
		this.mvc.perform(get("/api/ask").param("q", "哪些人才计划支持轴承产业链？"))
			.andExpect(jsonPath("$.entities[0].text").value("轴承产业链"))
			.andExpect(jsonPath("$.entities[0].id").value("Industry:轴承"))
			.andExpect(jsonPath("$.rows", hasSize(2)));
		this.mvc.perform(get("/api/ask").param("q", "甬江引才工程有哪些资助？"))
			.andExpect(jsonPath("$.entities[0].id").value("TalentScheme:2021年宁波市甬江引才工程"));
	}

	@Test
	void readsAQuestionInTraditionalCharacters() throws Exception {
		this.mvc.perform(get("/api/ask").param("q", "「上林英才計劃」最高資助是多少？"))
			.andExpect(jsonPath("$.template").value("highest-for"))
			.andExpect(jsonPath("$.entities[0].id").value("TalentScheme:上林英才计划"))
			.andExpect(jsonPath("$.rows[0].amountYuan").value(21350000));
		this.mvc.perform(get("/api/ask").param("q", "哪些人才計劃支持軸承產業？"))
			.andExpect(jsonPath("$.template").value("talent-schemes-for"))
			.andExpect(jsonPath("$.rows", hasSize(2)));
	}

	@Test
	void takesTheLongestNameTheQuestionHolds() throws Exception {
		this.mvc.perform(get("/api/ask").param("q", "请问慈溪智能家电小镇在哪里"))
			.andExpect(jsonPath("$.template").value("location-of"))
			.andExpect(jsonPath("$.entities[0].id").value("Park:慈溪智能家电小镇"))
			.andExpect(jsonPath("$.rows[*].place", hasItem("周巷")));
	}

	@Test
	void findsMeasuresWhoseSentenceNamesTheIndustry() throws Exception {
		this.mvc.perform(get("/api/ask").param("q", "哪些措施支持家电行业？"))
			.andExpect(jsonPath("$.entities[0].id").value("Industry:家电"))
			.andExpect(jsonPath("$.rows[0].via").value("sentence"))
			.andExpect(jsonPath("$.rows[0].amountYuan").value(15000000));
	}

	@Test
	void saysSoWhenTheGraphHasNoFactsForAKnownEntity() throws Exception {
		this.mvc.perform(get("/api/ask").param("q", "哪些措施支持智能家电产业"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.understood").value(true))
			.andExpect(jsonPath("$.template").value("measures-for"))
			.andExpect(jsonPath("$.entities[0].id").value("Industry:智能家电"))
			.andExpect(jsonPath("$.rows", empty()))
			.andExpect(jsonPath("$.cypher", containsString("(m:Measure)-[:FOR]->")))
			.andExpect(jsonPath("$.message.zh", containsString("没有")))
			.andExpect(jsonPath("$.message.en", containsString("no facts")));
	}

	@Test
	void answersANameOnlyTheLexiconKnowsWithNoRowsAndANote() throws Exception {
		this.mvc.perform(get("/api/ask").param("q", "哪些园区聚焦光伏产业？"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.understood").value(true))
			.andExpect(jsonPath("$.template").value("parks-for"))
			.andExpect(jsonPath("$.entities[0].name").value("光伏"))
			.andExpect(jsonPath("$.entities[0].inGraph").value(false))
			.andExpect(jsonPath("$.rows", empty()))
			.andExpect(jsonPath("$.message.zh", containsString("光伏")))
			.andExpect(jsonPath("$.message.en", containsString("no entity")));
		this.mvc.perform(get("/api/ask").param("q", "杭州有哪些园区"))
			.andExpect(jsonPath("$.template").value("parks-in"))
			.andExpect(jsonPath("$.entities[0].id").value("Region:杭州市"))
			.andExpect(jsonPath("$.entities[0].inGraph").value(false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "今天天气怎么样？", "？？？", "Which parks focus on home appliances?", "哪些政策支持阿巴阿巴？" })
	void helpsWithExamplesWhenTheQuestionIsNotUnderstood(String question) throws Exception {
		this.mvc.perform(get("/api/ask").param("q", question))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.understood").value(false))
			.andExpect(jsonPath("$.rows", empty()))
			.andExpect(jsonPath("$.message.zh").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.message.en", containsString("not")))
			.andExpect(jsonPath("$.examples", hasSize(this.templates.all().size())))
			.andExpect(jsonPath("$.examples[*].question", hasItem("哪些措施支持智能家电产业？")));
	}

	@Test
	void namesTheWordsItDidNotRecognise() throws Exception {
		this.mvc.perform(get("/api/ask").param("q", "哪些政策支持阿巴阿巴？"))
			.andExpect(jsonPath("$.message.zh", containsString("阿巴阿巴")));
	}

	@Test
	void understandsEveryExampleItOffers() throws Exception {
		for (QuestionTemplate template : this.templates.all()) {
			this.mvc.perform(get("/api/ask").param("q", template.example()))
				.andExpect(jsonPath("$.template").value(template.id()));
		}
	}

	@Test
	void rejectsAMissingBlankOrOversizedQuestionWithAProblem() throws Exception {
		this.mvc.perform(get("/api/ask")).andExpect(problem(400, "missing-parameter"));
		for (String q : List.of("", "   ", "\u3000\u3000", "哪".repeat(AskController.MAX_LENGTH + 1))) {
			this.mvc.perform(get("/api/ask").param("q", q)).andExpect(problem(400, "invalid-parameter"));
		}
	}

	@Test
	void describesTheEndpointInOpenApiWithExamples() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/ask'].get.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/ask'].get.parameters[0].example").value("哪些措施支持智能家电产业"))
			.andExpect(jsonPath("$.paths['/api/ask'].get.responses['200'].content['application/json'].examples.answered.value.template")
				.value("programmes-for"))
			.andExpect(jsonPath("$.paths['/api/ask'].get.responses['400'].content['application/problem+json'].examples")
				.exists());
	}

	private static ResultMatcher problem(int status, String type) {
		List<ResultMatcher> matchers = List.of(status().is(status),
				content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
				jsonPath("$.type").value("https://policygraph.org/problems/" + type),
				jsonPath("$.detail").value(not(emptyOrNullString())),
				content().string(not(containsString("Exception"))));
		return (result) -> {
			for (ResultMatcher matcher : matchers) {
				matcher.match(result);
			}
		};
	}

	private JsonNode ask(String question) throws Exception {
		String body = this.mvc.perform(get("/api/ask").param("q", question))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return JSON.readTree(body);
	}

}

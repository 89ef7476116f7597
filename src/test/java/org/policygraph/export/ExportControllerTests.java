package org.policygraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.policygraph.SeedCorpusEndpointTests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/export} in each format on the five seed documents as the real pipeline extracts them. */
class ExportControllerTests extends SeedCorpusEndpointTests {

	@Test
	void exportsEveryNodeAndRelationshipAsJson() throws Exception {
		MvcResult result = download(get("/api/export").param("format", "json"));
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"policygraph.json\"");
		JsonNode json = new JsonMapper().readTree(result.getResponse().getContentAsByteArray());
		assertThat(json.path("nodes").size()).isEqualTo(count("MATCH (n) RETURN count(n)"));
		assertThat(json.path("relationships").size()).isEqualTo(count("MATCH ()-[r]->() RETURN count(r)"));
		Set<String> ids = new HashSet<>();
		json.path("nodes").forEach((node) -> ids.add(node.path("id").asString()));
		assertThat(ids).hasSize(json.path("nodes").size()).contains("Industry:智能家电", "000_d731860091b711b0");
		json.path("relationships").forEach((relationship) -> assertThat(ids)
			.contains(relationship.path("source").asString(), relationship.path("target").asString()));
		JsonNode targets = find(json.path("relationships"), "Programme:浙江制造", "Industry:智能家电");
		assertThat(targets.path("type").asString()).isEqualTo("TARGETS");
		assertThat(targets.path("properties").path("documentId").asString()).isEqualTo("000_d731860091b711b0");
		assertThat(targets.path("properties").path("sentence").asString()).contains("培育“浙江制造”品牌");
	}

	@Test
	void zipsNodesAndRelationshipsAsCsvThatParseBackWithTheSameCounts() throws Exception {
		this.driver.executableQuery("""
				MATCH (:Programme {name: '浙江制造'})-[r:TARGETS]->(:Industry {name: '智能家电'})
				SET r.sentence = 'one, "two"\nthree'""").execute();
		MvcResult result = download(get("/api/export").param("format", "csv"));
		assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("policygraph.zip");
		Map<String, List<List<String>>> files = unzip(result.getResponse().getContentAsByteArray());
		assertThat(files).containsOnlyKeys("nodes.csv", "relationships.csv");
		List<List<String>> nodes = files.get("nodes.csv");
		List<List<String>> relationships = files.get("relationships.csv");
		assertThat(nodes.get(0)).startsWith("Id", "Label", "kind").hasSize(3 + Column.NODE.size());
		assertThat(relationships.get(0)).startsWith("Id", "Source", "Target", "Type", "Label")
			.hasSize(5 + Column.RELATIONSHIP.size());
		assertThat(nodes).hasSize(1 + (int) count("MATCH (n) RETURN count(n)")).allMatch((row) -> row.size() == 18);
		assertThat(relationships).hasSize(1 + (int) count("MATCH ()-[r]->() RETURN count(r)"))
			.allMatch((row) -> row.size() == 12);
		assertThat(nodes).anyMatch((row) -> row.subList(0, 3).equals(List.of("Industry:智能家电", "智能家电", "Industry")));
		assertThat(relationships).filteredOn((row) -> row.get(1).equals("Programme:浙江制造")
				&& row.get(2).equals("Industry:智能家电"))
			.singleElement()
			.satisfies((row) -> assertThat(row.subList(3, 7))
				.containsExactly("Directed", "TARGETS", "000_d731860091b711b0", "one, \"two\"\nthree"));
		assertThat(relationships).filteredOn((row) -> row.get(4).equals("PARTNERS_WITH"))
			.isNotEmpty()
			.allMatch((row) -> row.get(3).equals("Undirected"));
	}

	@Test
	void keepsToTheEntitiesOfATypeAndTheirNeighbours() throws Exception {
		MvcResult result = download(get("/api/export").param("format", "json").param("type", "Park"));
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("policygraph-Park.json");
		JsonNode json = new JsonMapper().readTree(result.getResponse().getContentAsByteArray());
		Map<String, String> labels = labels(json);
		assertThat(labels.values().stream().filter("Park"::equals).count()).isEqualTo(count("MATCH (n:Park) RETURN count(n)"));
		assertThat(labels).containsEntry("Industry:智能家电", "Industry")
			.containsEntry("Region:横河镇", "Region")
			.doesNotContainValue("Document");
		assertThat(json.path("relationships").size()).isPositive();
		json.path("relationships").forEach((relationship) -> {
			String source = relationship.path("source").asString();
			String target = relationship.path("target").asString();
			assertThat(labels).containsKeys(source, target);
			assertThat(List.of(labels.get(source), labels.get(target))).contains("Park");
		});
	}

	@Test
	void takesAnIndustryWithWhatLiesWithinTwoHops() throws Exception {
		MvcResult result = download(get("/api/export").param("format", "json").param("industry", "智能家电"));
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("filename*=UTF-8''policygraph-industry-%E6%99%BA%E8%83%BD%E5%AE%B6%E7%94%B5.json");
		Map<String, String> labels = labels(new JsonMapper().readTree(result.getResponse().getContentAsByteArray()));
		// 月立 is in it, 浙江制造 targets it and 机械基础件 too, 慈溪智能家电小镇 focuses on it and lies in 周巷
		assertThat(labels).containsKeys("Industry:智能家电", "Enterprise:月立", "Programme:浙江制造",
				"Industry:机械基础件", "Park:慈溪智能家电小镇", "Region:周巷")
			.doesNotContainKey("Industry:新材料")
			.doesNotContainValue("Document");
		Map<String, String> oneHop = labels(new JsonMapper().readTree(download(get("/api/export").param("format",
				"json").param("industry", "智能家电").param("hops", "1")).getResponse().getContentAsByteArray()));
		assertThat(oneHop).containsKeys("Enterprise:月立", "Programme:浙江制造").doesNotContainKeys("Industry:机械基础件",
				"Region:周巷");
	}

	@Test
	void writesGraphMlThatAnXmlParserReadsWithEveryKeyDeclared() throws Exception {
		MvcResult result = download(get("/api/export").param("format", "graphml"));
		assertThat(result.getResponse().getContentType()).startsWith("application/graphml+xml");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("policygraph.graphml");
		GraphMlDocument graphml = GraphMlDocument.parse(result.getResponse().getContentAsByteArray());
		assertThat(graphml.nodeIds()).hasSize((int) count("MATCH (n) RETURN count(n)")).doesNotHaveDuplicates();
		assertThat(graphml.edges()).hasSize((int) count("MATCH ()-[r]->() RETURN count(r)"));
		assertThat(graphml.undeclaredKeys()).isEmpty();
		assertThat(graphml.nodeData("Industry:智能家电")).containsEntry("label", "智能家电").containsEntry("kind", "Industry");
		assertThat(graphml.edges()).allSatisfy((edge) -> assertThat(graphml.nodeIds()).contains(edge.source(), edge.target()));
		assertThat(graphml.edges()).filteredOn((edge) -> edge.data().get("label").equals("PARTNERS_WITH"))
			.isNotEmpty()
			.allMatch((edge) -> !edge.directed());
		assertThat(graphml.edges()).filteredOn((edge) -> edge.source().equals("Programme:浙江制造")
				&& edge.target().equals("Industry:智能家电"))
			.singleElement()
			.satisfies((edge) -> assertThat(edge.data()).containsEntry("label", "TARGETS")
				.containsEntry("documentId", "000_d731860091b711b0"));
	}

	@Test
	void rejectsUnknownFormatsAndTypesAndAnswersNotFoundForAnUnknownIndustry() throws Exception {
		problem(get("/api/export").param("format", "xlsx"), 400, "invalid-parameter");
		problem(get("/api/export").param("type", "Company"), 400, "invalid-parameter");
		problem(get("/api/export").param("type", "Park").param("industry", "智能家电"), 400, "invalid-parameter");
		problem(get("/api/export").param("industry", "智能家电").param("hops", "3"), 400, "invalid-parameter");
		problem(get("/api/export").param("industry", "不存在的产业"), 404, "not-found");
	}

	@Test
	void describesTheExportInOpenApiWithAnExamplePerFormat() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/export'].get.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/export'].get.parameters[*].name")
				.value(containsInAnyOrder("format", "type", "industry", "hops")))
			.andExpect(jsonPath("$.paths['/api/export'].get.parameters[*].example").value(hasItem("graphml")))
			.andExpect(jsonPath("$.paths['/api/export'].get.responses['200'].content['application/graphml+xml']"
					+ ".examples.graphml.value").value(containsString("<graphml")))
			.andExpect(jsonPath("$.paths['/api/export'].get.responses['404']").exists());
	}

	private void problem(MockHttpServletRequestBuilder request, int status, String type) throws Exception {
		this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://policygraph.org/problems/" + type))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())))
			.andExpect(content().string(not(containsStringIgnoringCase("exception"))));
	}

	private MvcResult download(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult started = this.mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
		return this.mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
	}

	private long count(String query) {
		return this.driver.executableQuery(query).execute().records().get(0).get(0).asLong();
	}

	private static Map<String, String> labels(JsonNode json) {
		Map<String, String> labels = new LinkedHashMap<>();
		json.path("nodes").forEach((node) -> labels.put(node.path("id").asString(), node.path("label").asString()));
		return labels;
	}

	private static JsonNode find(JsonNode relationships, String source, String target) {
		for (JsonNode relationship : relationships) {
			if (relationship.path("source").asString().equals(source)
					&& relationship.path("target").asString().equals(target)) {
				return relationship;
			}
		}
		throw new AssertionError("No relationship from " + source + " to " + target);
	}

	private static Map<String, List<List<String>>> unzip(byte[] zip) throws IOException {
		Map<String, List<List<String>>> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), CsvReader.rows(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
		return files;
	}

}

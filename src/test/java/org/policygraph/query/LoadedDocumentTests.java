package org.policygraph.query;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.PolicyGraphIntegrationTest;
import org.policygraph.extraction.DocumentMetadata;
import org.policygraph.extraction.Entity;
import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.EntityType;
import org.policygraph.extraction.Evidence;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.extraction.Measure;
import org.policygraph.extraction.Relation;
import org.policygraph.extraction.RelationType;
import org.policygraph.graph.GraphLoader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads back what the real {@link GraphLoader} writes, so that the read side and the loader keep one graph model. */
@PolicyGraphIntegrationTest
class LoadedDocumentTests {

	private static final String ID = "003_ed207588630f82fd";

	private static final String PLAN_SENTENCE = "制定出台《余姚市提升产业链供应链稳定性和竞争力三年行动计划》，以产业链控制能力提升、产业链联动发展为重点，"
			+ "建立健全产业链条库，集中精力主攻新材料、光电信息、新能源汽车及关键零部件、机器人及智能装备4大产业链，制订出台细分产业链培育方案，"
			+ "推动产业链横向扩张、垂直整合，促进产业链上下游企业共同发展。";

	private static final String EQUITY_SENTENCE = "主要包括：升级实施“姚江英才计划”，新增500万元股权投资，并对特别优秀的项目给予“5个1000万”支持；";

	private static final String CRAFTSMEN_SENTENCE = "实施新时代余姚工匠培育工程，对入选余姚大工匠、余姚杰出工匠、余姚工匠、余姚青年工匠的分别给予15万元、"
			+ "10万元、2万元、1万元补助；";

	private static final EntityRef PLAN = new EntityRef(EntityType.PROGRAMME, "余姚市提升产业链供应链稳定性和竞争力三年行动计划");

	private static final EntityRef MATERIALS = new EntityRef(EntityType.INDUSTRY, "新材料");

	private static final EntityRef OPTOELECTRONICS = new EntityRef(EntityType.INDUSTRY, "光电信息");

	private static final EntityRef YAOJIANG = new EntityRef(EntityType.TALENT_SCHEME, "姚江英才计划");

	private static final EntityRef CRAFTSMEN = new EntityRef(EntityType.TALENT_SCHEME, "余姚工匠培育工程");

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Autowired
	GraphLoader loader;

	@BeforeEach
	void load() {
		this.driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
		this.loader.load(document());
	}

	@Test
	void servesTheLoadedDocumentWithItsFacts() throws Exception {
		this.mvc.perform(get("/api/documents/{id}", ID))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.document.title").value("关于余姚市人大十八届一次会议第61号建议的答复"))
			.andExpect(jsonPath("$.document.suggestionNo").value(61))
			.andExpect(jsonPath("$.document.date").value("2022-03-15"))
			.andExpect(jsonPath("$.document.importedAt").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.document.entities").value(5))
			.andExpect(jsonPath("$.document.relations").value(2))
			.andExpect(jsonPath("$.entities[?(@.name == '姚江英才计划')].aliases[0]").value(contains("“姚江英才计划”")))
			.andExpect(jsonPath("$.relations[*].target.id").value(contains("Industry:光电信息", "Industry:新材料")))
			.andExpect(jsonPath("$.relations[0].evidence.sentence").value(PLAN_SENTENCE))
			.andExpect(jsonPath("$.measures[*].id").value(contains(ID + "#1", ID + "#2")))
			.andExpect(jsonPath("$.measures[0].amountYuan").value(5000000))
			.andExpect(jsonPath("$.measures[0].targets[0].id").value("TalentScheme:姚江英才计划"))
			.andExpect(jsonPath("$.measures[1].evidence.sentence").value(CRAFTSMEN_SENTENCE));
	}

	@Test
	void servesIndustriesEntitiesAndSearchOverTheLoadedGraph() throws Exception {
		this.mvc.perform(get("/api/industries/{name}/programmes", "新材料"))
			.andExpect(jsonPath("$[*].id").value(contains("Programme:" + PLAN.name())))
			.andExpect(jsonPath("$[0].evidence[0].documentId").value(ID));
		this.mvc.perform(get("/api/entities/{id}", "TalentScheme:姚江英才计划"))
			.andExpect(jsonPath("$.aliases").value(contains("“姚江英才计划”")))
			.andExpect(jsonPath("$.documents[0].count").value(2))
			.andExpect(jsonPath("$.measures[0].instrument").value("股权投资"));
		this.mvc.perform(get("/api/search").param("q", "姚江英才"))
			.andExpect(jsonPath("$[0].id").value("TalentScheme:姚江英才计划"));
		this.mvc.perform(get("/api/stats"))
			.andExpect(jsonPath("$.documents").value(1))
			.andExpect(jsonPath("$.nodes.TalentScheme").value(2))
			.andExpect(jsonPath("$.relationships.FOR").value(2));
	}

	private static ExtractedDocument document() {
		DocumentMetadata metadata = new DocumentMetadata("关于余姚市人大十八届一次会议第61号建议的答复", "余姚市经济和信息化局", null,
				LocalDate.of(2022, 3, 15), 61, "张锡璐", "余姚市人大十八届一次会议");
		List<Entity> entities = List.of(new Entity(EntityType.PROGRAMME, PLAN.name(), List.of(), 1),
				new Entity(EntityType.INDUSTRY, MATERIALS.name(), List.of(), 3),
				new Entity(EntityType.INDUSTRY, OPTOELECTRONICS.name(), List.of(), 2),
				new Entity(EntityType.TALENT_SCHEME, YAOJIANG.name(), List.of("“姚江英才计划”"), 2),
				new Entity(EntityType.TALENT_SCHEME, CRAFTSMEN.name(), List.of(), 1));
		Evidence plan = new Evidence(ID, PLAN_SENTENCE, 332, 480);
		List<Relation> relations = List.of(new Relation(RelationType.TARGETS, PLAN, MATERIALS, plan),
				new Relation(RelationType.TARGETS, PLAN, OPTOELECTRONICS, plan));
		List<Measure> measures = List.of(
				new Measure("股权投资", 5_000_000L, null, List.of(YAOJIANG), new Evidence(ID, EQUITY_SENTENCE, 2096, 2149)),
				new Measure("补助", 150_000L, null, List.of(CRAFTSMEN),
						new Evidence(ID, CRAFTSMEN_SENTENCE, 2149, 2215)));
		return new ExtractedDocument(ID, "test-hash", metadata, entities, relations, measures, List.of());
	}

}

package org.policygraph.graph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.policygraph.PolicyGraphIntegrationTest;
import org.policygraph.extraction.Entity;
import org.policygraph.extraction.ExtractedDocument;
import org.policygraph.graph.LoadResult.Outcome;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.policygraph.extraction.EntityType.ENTERPRISE;
import static org.policygraph.extraction.EntityType.INDUSTRY;
import static org.policygraph.extraction.EntityType.PROGRAMME;
import static org.policygraph.extraction.RelationType.LISTED_IN;
import static org.policygraph.extraction.RelationType.TARGETS;
import static org.policygraph.graph.DocumentFixture.ref;
import static org.policygraph.graph.SeedDocuments.APPLIANCES;
import static org.policygraph.graph.SeedDocuments.REPLY_106;
import static org.policygraph.graph.SeedDocuments.REPLY_239;
import static org.policygraph.graph.SeedDocuments.ZHEJIANG_MADE;

@PolicyGraphIntegrationTest
class GraphLoaderTests {

	@Autowired
	GraphLoader loader;

	@Autowired
	Driver driver;

	@BeforeEach
	void emptyGraph() {
		this.driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
	}

	@Test
	void loadsEntitiesRelationsAndMeasuresWithEvidence() {
		LoadResult result = this.loader.load(SeedDocuments.reply239().build());
		assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
		// 1 document + 8 entities + 3 measures; 8 MENTIONS + 5 relations + 3 STATED_IN + 2 FOR
		assertThat(result).extracting(LoadResult::nodesCreated, LoadResult::relationshipsCreated).containsExactly(12, 18);
		assertThat(this.loader.counts()).isEqualTo(new GraphCounts(12, 18));
		Record focus = single("""
				MATCH (:Park {name: '慈溪智能家电小镇'})-[r:FOCUSES_ON]->(i:Industry:Entity)
				RETURN i.name AS industry, r.documentId AS doc, r.sentence AS sentence, r.start AS start, r.end AS end
				""");
		assertThat(focus.get("industry").asString()).isEqualTo("智能家电");
		assertThat(focus.get("doc").asString()).isEqualTo(REPLY_239);
		assertThat(focus.get("sentence").asString()).startsWith("加强对周巷");
		assertThat(focus.get("end").asInt() - focus.get("start").asInt())
			.isEqualTo(focus.get("sentence").asString().length());
		Record measure = single("""
				MATCH (m:Measure {id: $id})-[:STATED_IN]->(d:Document), (m)-[:FOR]->(p:Programme)
				RETURN m.amountYuan AS amount, m.ratePercent AS rate, m.instrument AS instrument, d.id AS doc,
					d.date AS date, p.name AS programme
				""", Map.of("id", REPLY_239 + "#1"));
		assertThat(measure.get("amount").asLong()).isEqualTo(5_000_000L);
		assertThat(measure.get("rate").asDouble()).isEqualTo(15.0);
		assertThat(measure.get("instrument").asString()).isEqualTo("奖励");
		assertThat(measure.get("date").asLocalDate()).hasYear(2021);
		assertThat(measure.get("programme").asString()).startsWith("市级智能化");
		assertThat(single("MATCH (:Document)-[m:MENTIONS]->(:Industry {name: '智能家电'}) "
				+ "RETURN m.count AS count, m.aliases AS aliases").get("aliases").asList()).containsExactly("智能家电产业");
	}

	@Test
	void recordsWhyANameWasMergedOnTheMention() {
		this.loader.load(SeedDocuments.reply239().build());
		assertThat(single("MATCH (:Document)-[m:MENTIONS]->(:Industry {name: '智能家电'}) RETURN m.merges AS merges")
			.get("merges").asList()).containsExactly("智能家电 is 智能家电产业 without its suffix 产业");
		assertThat(single("MATCH (:Document)-[m:MENTIONS]->(:Park {name: '慈溪智能家电小镇'}) RETURN m.merges AS merges")
			.get("merges").asList()).isEmpty();
	}

	@Test
	void reimportingAnUnchangedDocumentChangesNothing() {
		ExtractedDocument doc = SeedDocuments.reply106().build();
		this.loader.load(doc);
		GraphCounts before = this.loader.counts();
		Object importedAt = single("MATCH (d:Document) RETURN d.importedAt AS at").get("at").asObject();
		LoadResult again = this.loader.load(doc);
		assertThat(again).isEqualTo(new LoadResult(REPLY_106, Outcome.UNCHANGED, 0, 0, 0, 0));
		assertThat(this.loader.counts()).isEqualTo(before);
		assertThat(single("MATCH (d:Document) RETURN d.importedAt AS at").get("at").asObject()).isEqualTo(importedAt);
	}

	@Test
	void changedDocumentReplacesItsOwnFactsOnly() {
		this.loader.load(SeedDocuments.reply106().build());
		this.loader.load(SeedDocuments.reply239().build());
		ExtractedDocument changed = SeedDocuments.reply106()
			.hash("v2")
			.entity(ENTERPRISE, "奥云德电器")
			.relation(LISTED_IN, ref(ENTERPRISE, "奥云德电器"),
					ref(PROGRAMME, "宁波市未来工厂名单"), "公牛电器、奥云德电器列入宁波市未来工厂名单")
			.build();
		ExtractedDocument withoutBasicParts = new ExtractedDocument(changed.documentId(), changed.contentHash(),
				changed.metadata(),
				changed.entities().stream().filter((e) -> !e.name().equals("机械基础件")).toList(),
				changed.relations().stream().filter((r) -> !r.target().name().equals("机械基础件")).toList(),
				changed.measures(), changed.merges());
		LoadResult result = this.loader.load(withoutBasicParts);
		assertThat(result.outcome()).isEqualTo(Outcome.REPLACED);
		assertThat(result.nodesDeleted()).isEqualTo(1);
		assertThat(count("MATCH (i:Industry {name: '机械基础件'}) RETURN count(i)")).isZero();
		assertThat(count("MATCH (:Enterprise {name: '奥云德电器'})-[:LISTED_IN]->(:Programme) RETURN count(*)"))
			.isEqualTo(1);
		assertThat(count("MATCH ()-[r:TARGETS {documentId: $id}]->() RETURN count(r)", REPLY_106)).isEqualTo(1);
		assertThat(count("MATCH ()-[r:FOCUSES_ON {documentId: $id}]->() RETURN count(r)", REPLY_239)).isEqualTo(1);
		Record appliances = single("MATCH (i:Industry {name: '智能家电'})<-[m:MENTIONS]-() "
				+ "RETURN i.aliases AS aliases, i.aliasText AS text, count(m) AS documents");
		assertThat(appliances.get("documents").asLong()).isEqualTo(2);
		assertThat(appliances.get("aliases").asList()).containsExactly("家电", "智能家电产业");
		assertThat(appliances.get("text").asString()).isEqualTo("家电 智能家电产业");
	}

	@Test
	void documentThatNoLongerUsesAnAliasDropsItFromTheSharedEntity() {
		this.loader.load(SeedDocuments.reply239().build());
		this.loader.load(SeedDocuments.reply106().build());
		ExtractedDocument changed = SeedDocuments.reply106().hash("v2").build();
		ExtractedDocument noAlias = new ExtractedDocument(changed.documentId(), changed.contentHash(),
				changed.metadata(),
				changed.entities()
					.stream()
					.map((e) -> e.name().equals("智能家电") ? new Entity(e.type(), e.name(), List.of(), 1) : e)
					.toList(),
				changed.relations(), changed.measures(), changed.merges());
		this.loader.load(noAlias);
		assertThat(single("MATCH (i:Industry {name: '智能家电'}) RETURN i.aliases AS a").get("a").asList())
			.containsExactly("智能家电产业");
	}

	@Test
	void relationToAnEntityOutsideTheDocumentIsRejectedAndNothingIsWritten() {
		this.loader.load(SeedDocuments.reply239().build());
		GraphCounts before = this.loader.counts();
		ExtractedDocument broken = SeedDocuments.reply106()
			.relation(TARGETS, ZHEJIANG_MADE, ref(INDUSTRY, "汽车及关键零部件"), "汽车及关键零部件等三大传统制造业")
			.build();
		assertThatExceptionOfType(GraphLoadException.class).isThrownBy(() -> this.loader.load(broken))
			.withMessageContaining(REPLY_106)
			.withMessageContaining("Industry:汽车及关键零部件")
			.withMessageContaining("not among the document's entities");
		assertThat(this.loader.counts()).isEqualTo(before);
	}

	@Test
	void entityWithoutANameIsRejectedWithAClearMessage() {
		ExtractedDocument nameless = SeedDocuments.reply106().entity(ENTERPRISE, " ").build();
		assertThatExceptionOfType(GraphLoadException.class).isThrownBy(() -> this.loader.load(nameless))
			.withMessage("Document " + REPLY_106 + " was not loaded: every entity needs a type and a name, "
					+ "but one is Enterprise: ")
			.satisfies((ex) -> assertThat(ex.getDocumentId()).isEqualTo(REPLY_106));
		assertThat(this.loader.counts()).isEqualTo(new GraphCounts(0, 0));
	}

	@Test
	void failedReplacementRollsBackAndKeepsThePreviousVersion() {
		this.loader.load(SeedDocuments.reply106().build());
		this.loader.load(SeedDocuments.reply239().build());
		GraphCounts before = this.loader.counts();
		// A name too long for the key index fails inside Neo4j, after the old facts were already removed.
		ExtractedDocument invalid = SeedDocuments.reply106().hash("v2").entity(ENTERPRISE, "公牛".repeat(5000)).build();
		assertThatExceptionOfType(GraphLoadException.class).isThrownBy(() -> this.loader.load(invalid))
			.withMessageStartingWith("Document " + REPLY_106 + " was not loaded: ")
			.withMessageContaining("too large to index");
		assertThat(this.loader.counts()).isEqualTo(before);
		assertThat(single("MATCH (d:Document {id: $id}) RETURN d.contentHash AS hash", Map.of("id", REPLY_106))
			.get("hash")
			.asString()).isEqualTo("v1");
		assertThat(count("MATCH ()-[r:TARGETS {documentId: $id}]->() RETURN count(r)", REPLY_106)).isEqualTo(2);
		assertThat(count("MATCH (:Document {id: $id})-[m:MENTIONS]->() RETURN count(m)", REPLY_106)).isEqualTo(8);
	}

	@Test
	void documentsNamingTheSameEntityShareOneNode() {
		for (ExtractedDocument doc : SeedDocuments.all()) {
			this.loader.load(doc);
		}
		assertThat(count("MATCH (i:Industry {name: $name}) RETURN count(i)", APPLIANCES.name())).isEqualTo(1);
		assertThat(count("MATCH (:Document)-[:MENTIONS]->(a:Agency {name: '工信部'}) RETURN count(*)")).isEqualTo(2);
		assertThat(count("MATCH (:Industry {name: $name})<-[r:TARGETS]-() RETURN count(r)", APPLIANCES.name()))
			.isEqualTo(2);
	}

	private Record single(String query) {
		return single(query, Map.of());
	}

	private Record single(String query, Map<String, Object> parameters) {
		List<Record> records = this.driver.executableQuery(query).withParameters(parameters).execute().records();
		assertThat(records).hasSize(1);
		return records.get(0);
	}

	private long count(String query) {
		return single(query).get(0).asLong();
	}

	private long count(String query, String parameter) {
		return single(query, Map.of("id", parameter, "name", parameter)).get(0).asLong();
	}

}

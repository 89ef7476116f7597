package org.policygraph.query;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.policygraph.query.Problems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EntityControllerTests extends SeededGraphTests {

	@Test
	void pagesEntitiesOfOneTypeByName() throws Exception {
		this.mvc.perform(get("/api/entities").param("type", "Industry").param("size", "2").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(contains("Industry:汽车制造")))
			.andExpect(jsonPath("$.items[0].type").value("Industry"))
			.andExpect(jsonPath("$.items[0].name").value("汽车制造"))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2));
	}

	@Test
	void listsEveryTypeWhenNoTypeIsGiven() throws Exception {
		this.mvc.perform(get("/api/entities"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(11)))
			.andExpect(jsonPath("$.totalItems").value(11))
			.andExpect(jsonPath("$.size").value(20));
	}

	@Test
	void filtersBySubstringOfNameOrAlias() throws Exception {
		this.mvc.perform(get("/api/entities").param("q", "家电"))
			.andExpect(jsonPath("$.items[*].id").value(contains("Park:慈溪智能家电高新技术产业园区", "Industry:智能家电")));
		this.mvc.perform(get("/api/entities").param("type", "Enterprise").param("q", "公牛集团"))
			.andExpect(jsonPath("$.items[*].id").value(contains("Enterprise:公牛电器")))
			.andExpect(jsonPath("$.items[0].aliases").value(contains("公牛集团")));
	}

	@Test
	void rejectsAnUnknownTypeAndOutOfRangePaging() throws Exception {
		this.mvc.perform(get("/api/entities").param("type", "Company"))
			.andExpect(problem(400, "invalid-parameter"))
			.andExpect(jsonPath("$.detail").value(containsString("Programme, TalentScheme, Park")));
		this.mvc.perform(get("/api/entities").param("page", "-1")).andExpect(problem(400, "invalid-parameter"));
		this.mvc.perform(get("/api/entities").param("size", "0")).andExpect(problem(400, "invalid-parameter"));
		this.mvc.perform(get("/api/entities").param("size", "101"))
			.andExpect(problem(400, "invalid-parameter"))
			.andExpect(jsonPath("$.detail").value(containsString("size")));
		this.mvc.perform(get("/api/entities").param("page", "first"))
			.andExpect(problem(400, "invalid-parameter"))
			.andExpect(jsonPath("$.detail").value("Parameter 'page' must be a whole number, not 'first'."));
	}

	@Test
	void showsAnEntityWithItsDocumentsRelationshipsAndMeasures() throws Exception {
		this.mvc.perform(get("/api/entities/{id}", "Industry:智能家电"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("Industry:智能家电"))
			.andExpect(jsonPath("$.type").value("Industry"))
			.andExpect(jsonPath("$.aliases").value(contains("智能家电产业")))
			.andExpect(jsonPath("$.properties").value(anEmptyMap()))
			.andExpect(jsonPath("$.documents[*].documentId")
				.value(contains("000_d731860091b711b0", "001_e4f206c805cd707a")))
			.andExpect(jsonPath("$.documents[0].title").value("对市十八届人大一次会议第106号建议的答复"))
			.andExpect(jsonPath("$.documents[0].count").value(2))
			.andExpect(jsonPath("$.documents[1].aliases").value(contains("智能家电产业")))
			.andExpect(jsonPath("$.relationships[*].type")
				.value(contains("FOCUSES_ON", "IN_INDUSTRY", "TARGETS", "TARGETS")))
			.andExpect(jsonPath("$.relationships[1].direction").value("INCOMING"))
			.andExpect(jsonPath("$.relationships[1].other.id").value("Enterprise:公牛电器"))
			.andExpect(jsonPath("$.relationships[1].evidence", hasSize(2)))
			.andExpect(jsonPath("$.relationships[1].evidence[1].sentence").value(containsString("指导公牛集团")))
			.andExpect(jsonPath("$.measures[*].id").value(contains("001_e4f206c805cd707a#2")))
			.andExpect(jsonPath("$.measures[0].amountYuan").value(15000000))
			.andExpect(jsonPath("$.measures[0].targets[0].id").value("Industry:智能家电"));
	}

	@Test
	void showsOutgoingRelationshipsFromTheEntitysSide() throws Exception {
		this.mvc.perform(get("/api/entities/{id}", "Enterprise:公牛电器"))
			.andExpect(jsonPath("$.relationships[*].type").value(contains("IN_INDUSTRY", "LISTED_IN")))
			.andExpect(jsonPath("$.relationships[*].direction").value(contains("OUTGOING", "OUTGOING")))
			.andExpect(jsonPath("$.relationships[1].other.id").value("Programme:宁波市未来工厂名单"))
			.andExpect(jsonPath("$.relationships[1].other.type").value("Programme"))
			.andExpect(jsonPath("$.relationships[1].evidence[0].documentId").value("000_d731860091b711b0"));
	}

	@Test
	void showsAPartnershipAsUndirectedFromEitherEnd() throws Exception {
		for (String[] ends : new String[][] { { "腾能智能", "凯波集团" }, { "凯波集团", "腾能智能" } }) {
			this.mvc.perform(get("/api/entities/{id}", "Enterprise:" + ends[0]))
				.andExpect(jsonPath("$.relationships[*].type").value(contains("PARTNERS_WITH")))
				.andExpect(jsonPath("$.relationships[0].direction").value("UNDIRECTED"))
				.andExpect(jsonPath("$.relationships[0].other.id").value("Enterprise:" + ends[1]));
		}
	}

	@Test
	void acceptsAPercentEncodedChineseId() throws Exception {
		URI encoded = URI.create("/api/entities/TalentScheme:%E4%B8%8A%E6%9E%97%E8%8B%B1%E6%89%8D%E8%AE%A1%E5%88%92");
		this.mvc.perform(get(encoded))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("上林英才计划"))
			.andExpect(jsonPath("$.measures[0].instrument").value("经费支持"));
	}

	@Test
	void acceptsAnIdWithDotsAndBrackets() throws Exception {
		String id = "Programme:慈溪市深化推进传统制造业改造提升2.0版实施方案（2021-2023年）";
		this.mvc.perform(get("/api/entities/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.relationships[*].other.id").value(contains("Industry:智能家电", "Industry:汽车制造")));
	}

	@Test
	void answersNotFoundForAnUnknownEntityAndBadRequestForAMalformedId() throws Exception {
		this.mvc.perform(get("/api/entities/{id}", "Industry:不存在的产业"))
			.andExpect(problem(404, "not-found"))
			.andExpect(jsonPath("$.detail").value("There is no entity 'Industry:不存在的产业'."));
		for (String malformed : new String[] { "智能家电", "Company:公牛电器", "Industry:", "industry:智能家电" }) {
			this.mvc.perform(get("/api/entities/{id}", malformed)).andExpect(problem(400, "invalid-parameter"));
		}
	}

}

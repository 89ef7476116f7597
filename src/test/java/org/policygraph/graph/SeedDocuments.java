package org.policygraph.graph;

import org.policygraph.extraction.EntityRef;
import org.policygraph.extraction.ExtractedDocument;

import static org.policygraph.extraction.EntityType.AGENCY;
import static org.policygraph.extraction.EntityType.ENTERPRISE;
import static org.policygraph.extraction.EntityType.INDUSTRY;
import static org.policygraph.extraction.EntityType.PARK;
import static org.policygraph.extraction.EntityType.PROGRAMME;
import static org.policygraph.extraction.EntityType.REGION;
import static org.policygraph.extraction.EntityType.TALENT_SCHEME;
import static org.policygraph.extraction.RelationType.FOCUSES_ON;
import static org.policygraph.extraction.RelationType.IN_INDUSTRY;
import static org.policygraph.extraction.RelationType.ISSUED_BY;
import static org.policygraph.extraction.RelationType.LISTED_IN;
import static org.policygraph.extraction.RelationType.LOCATED_IN;
import static org.policygraph.extraction.RelationType.PARTNERS_WITH;
import static org.policygraph.extraction.RelationType.SUPPORTS;
import static org.policygraph.extraction.RelationType.TARGETS;
import static org.policygraph.graph.DocumentFixture.ref;

/**
 * Hand-made extraction results over real clauses of the seed documents, covering every relation type; other features'
 * tests load them with {@link GraphLoader} to get a small, realistic graph.
 */
public final class SeedDocuments {

	public static final String REPLY_106 = "000_d731860091b711b0";

	public static final String REPLY_239 = "001_e4f206c805cd707a";

	public static final String REPLY_166 = "004_9eab0976ac9c2368";

	public static final EntityRef APPLIANCES = ref(INDUSTRY, "智能家电");

	public static final EntityRef BASIC_PARTS = ref(INDUSTRY, "机械基础件");

	public static final EntityRef ZHEJIANG_MADE = ref(PROGRAMME, "浙江制造");

	public static final EntityRef MIIT = ref(AGENCY, "工信部");

	private SeedDocuments() {
	}

	/** Reply 106: a programme targeting two industries, a partnership and a listing. */
	public static DocumentFixture reply106() {
		String made = "扎实推进“浙江制造”建设，加快在智能家电、机械基础件、汽车及关键零部件等三大传统制造业企业中培育“浙江制造”品牌。";
		String partners = "腾能智能与凯波集团共建全国首条电熨斗柔性装配示范线已交付使用";
		String listed = "公牛电器、奥云德电器列入宁波市未来工厂名单";
		return DocumentFixture.seed(REPLY_106)
			.title("对市十八届人大一次会议第106号建议的答复")
			.entity(PROGRAMME, "浙江制造")
			.entity(INDUSTRY, "智能家电", "家电")
			.entity(INDUSTRY, "机械基础件")
			.entity(ENTERPRISE, "腾能智能")
			.entity(ENTERPRISE, "凯波集团")
			.entity(ENTERPRISE, "公牛电器")
			.entity(PROGRAMME, "宁波市未来工厂名单")
			.entity(AGENCY, "工信部")
			.relation(TARGETS, ZHEJIANG_MADE, APPLIANCES, made)
			.relation(TARGETS, ZHEJIANG_MADE, BASIC_PARTS, made)
			.relation(PARTNERS_WITH, ref(ENTERPRISE, "腾能智能"), ref(ENTERPRISE, "凯波集团"), partners)
			.relation(LISTED_IN, ref(ENTERPRISE, "公牛电器"), ref(PROGRAMME, "宁波市未来工厂名单"), listed);
	}

	/** Reply 239: a park and its industry, an issuing agency, an enterprise's industry and three subsidies. */
	public static DocumentFixture reply239() {
		String town = "加强对周巷、观海卫等慈溪智能家电小镇建设，推动智能家电产业发展";
		String opinion = "2017年6月5日，市委市政府印发了《慈溪市优化产业政策促进产业转型发展的若干政策意见》";
		EntityRef pilot = ref(PROGRAMME, "市级智能化（自动化）成套装备改造试点示范项目");
		EntityRef policy = ref(PROGRAMME, "慈溪市优化产业政策促进产业转型发展的若干政策意见");
		return DocumentFixture.seed(REPLY_239)
			.title("对市十七届人大一次会议第239号建议的答复")
			.entity(PARK, "慈溪智能家电小镇")
			.entity(REGION, "周巷")
			.entity(INDUSTRY, "智能家电", "智能家电产业")
			.merge(INDUSTRY, "智能家电", "智能家电产业", "智能家电 is 智能家电产业 without its suffix 产业")
			.entity(ENTERPRISE, "月立")
			.entity(PROGRAMME, policy.name(), "意见")
			.entity(AGENCY, "市委市政府")
			.entity(PROGRAMME, pilot.name())
			.entity(TALENT_SCHEME, "3315计划")
			.relation(FOCUSES_ON, ref(PARK, "慈溪智能家电小镇"), APPLIANCES, town)
			.relation(LOCATED_IN, ref(PARK, "慈溪智能家电小镇"), ref(REGION, "周巷"), town)
			.relation(IN_INDUSTRY, ref(ENTERPRISE, "月立"), APPLIANCES, "月立、三A的智能家电产品入选小米米家")
			.relation(ISSUED_BY, policy, ref(AGENCY, "市委市政府"), opinion)
			.relation(TARGETS, pilot, APPLIANCES, "对列入本市级智能化（自动化）成套装备改造试点示范项目")
			.measure("奖励", 5_000_000L, 15.0, "对列入本市级智能化（自动化）成套装备改造试点示范项目按设备投入额的15%给予不超过500万元的奖励",
					pilot)
			.measure("奖励", 2_000_000L, 4.0, "根据行业类别分别按设备投入额的4%、6%、8%分别给予不超过200万元、300万元、400万元的的奖励")
			.measure("资助", 11_500_000L, null, "宁波“3315计划”人才（团队）10人（个），获得上级资助资金1150万元",
					ref(TALENT_SCHEME, "3315计划"));
	}

	/** Reply 166: a talent scheme and a programme issued by a ministry. */
	public static DocumentFixture reply166() {
		String talent = "大力实施顶尖特优人才倍增行动";
		String bearing = "为轴承产业转型升级提供有力的人才支撑";
		EntityRef scheme = ref(TALENT_SCHEME, "顶尖特优人才倍增行动");
		EntityRef action = ref(PROGRAMME, "中小企业数字化赋能专项行动方案");
		return DocumentFixture.seed(REPLY_166)
			.title("对市十七届人大五次会议第166号建议的答复")
			.entity(TALENT_SCHEME, scheme.name())
			.entity(INDUSTRY, "轴承", "轴承产业")
			.entity(PROGRAMME, action.name())
			.entity(AGENCY, "工信部")
			.relation(SUPPORTS, scheme, ref(INDUSTRY, "轴承"), talent)
			.relation(ISSUED_BY, action, MIIT, "按工信部《中小企业数字化赋能专项行动方案》的安排")
			.measure("补助", null, null, bearing, scheme);
	}

	/** The three documents, ready to load. */
	public static ExtractedDocument[] all() {
		return new ExtractedDocument[] { reply106().build(), reply239().build(), reply166().build() };
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class HonourRecogniserTests {

	private final HonourRecogniser recogniser = new HonourRecogniser(Sentences.LEXICONS);

	@Test
	void keepsThePlaceYearAndEditionOfAListSomethingEnters() {
		assertThat(names("慈溪智能家电高新技术产业园区，园区（筹）列入浙江省开发区（园区）名单（2021年版）。"))
			.containsExactly("浙江省开发区（园区）名单（2021年版）");
		assertThat(names("我市有6家企业入围浙江省2020年分领域分行业亩均效益领跑者名单，居全省前列。"))
			.containsExactly("浙江省2020年分领域分行业亩均效益领跑者名单");
		assertThat(names("其铝合金压铸车间列入2022年度安徽省智能工厂和数字化车间名单。"))
			.containsExactly("2022年度安徽省智能工厂和数字化车间名单");
	}

	@Test
	void readsATitleWonByBuildingToItsStandardButNoCountBuilt() {
		assertThat(names("乐清市电气产业创新服务综合体建成省级产业创新服务综合体，引进高校院所设立分支机构9家。"))
			.containsExactly("省级产业创新服务综合体");
		assertThat(names("累计建成国家级博士后科研工作站5家、省级博士后工作站32家。")).isEmpty();
		assertThat(names("2023年，长兴经济技术开发区成功创建国家级绿色工业园区，园区能耗持续下降。"))
			.containsExactly("国家级绿色工业园区");
	}

	@Test
	void keepsAnOrdinalAndACountInsideTheName() {
		assertThat(names("海宁经编产业园区于2021年入选浙江省第二批产业集群新智造试点名单，产业集聚度持续提升。"))
			.containsExactly("浙江省第二批产业集群新智造试点名单");
		assertThat(names("2021年，照明灯具产业入选全省新一轮质量提升行动11个特色产业名单，新增企业16家。"))
			.containsExactly("全省新一轮质量提升行动11个特色产业名单");
	}

	@Test
	void leavesOutTheAgencyAndReadsTheFirstOfTwoCoordinatedHonoursAsATitle() {
		assertThat(names("该集群先后入选江西省重点产业集群和国家中小企业特色产业集群名单。"))
			.containsExactlyInAnyOrder("国家中小企业特色产业集群名单", "江西省重点产业集群");
		assertThat(names("3家企业入选工业和信息化部第五批制造业单项冠军企业名单。")).containsExactly("第五批制造业单项冠军企业名单");
	}

	@Test
	void readsTitlesConferredWithTheirLevelOrPlaceAndQuotesStripped() {
		assertThat(names("锋锐工具、博通机电被认定为浙江省隐形冠军企业。")).containsExactly("浙江省隐形冠军企业");
		assertThat(names("猪八戒创意城等6家单位被认定为市级众创空间，落实平台资金。")).containsExactly("市级众创空间");
		assertThat(names("9家企业入选工信部第五批国家级专精特新“小巨人”企业名单，居全省前列。"))
			.containsExactly("第五批国家级专精特新小巨人企业名单");
		assertThat(names("经评审，园区被评为省级智能工厂、省级数字化车间。")).containsExactly("省级智能工厂", "省级数字化车间");
	}

	@Test
	void aTitleNeedsItsLevelOrPlace() {
		assertThat(names("对认定为高新技术企业的，给予10万元奖励。")).isEmpty();
	}

	@Test
	void needsAWordOfSelectionAndAProperName() {
		assertThat(names("建立关键核心技术攻关榜单，发布本次名单。")).isEmpty();
		assertThat(names("本次名单公示期为5个工作日，列入本次名单的企业。")).isEmpty();
	}

	private List<String> names(String text) {
		return this.recogniser.recognise(Sentences.analyse(text)).stream().map(Mention::name).toList();
	}

	@Test
	void keepsTheOrdinalOfABatchAndReadsTitlesEntered() {
		assertThat(names("华瓯电气、浙江雁宇智能科技股份有限公司入选第二批省级产教融合型企业名单。"))
			.containsExactly("第二批省级产教融合型企业名单");
		assertThat(names("2023年成功入选第四批省级跨境电子商务产业园。")).containsExactly("第四批省级跨境电子商务产业园");
		assertThat(names("台州永锐塑业有限公司、黄岩宏图注塑科技有限公司入选省级数字化车间，精岩模具入选国家级专精特新“小巨人”企业。"))
			.containsExactly("省级数字化车间", "国家级专精特新小巨人企业");
	}

	@Test
	void readsAListEndingIn清单WithItsQuotedCore() {
		assertThat(names("模具塑料产业链入选台州市标志性产业链“链长制”重点培育清单。"))
			.containsExactly("台州市标志性产业链链长制重点培育清单");
	}

	@Test
	void leavesOutARangeOfLevelsAndATableCaption() {
		assertThat(names("对获评市级以上技能大师工作室的，给予10万元补助。")).isEmpty();
		assertThat(names("表1  2023年我市入选第五批国家级专精特新“小巨人”企业情况")).isEmpty();
	}

	@Test
	void typesATitleWhoseEntrantsArePeopleAsATalentScheme() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("对入选省“双创计划”的人才，给予配套资助。"));
		assertThat(mentions).extracting(Mention::type).containsExactly(EntityType.TALENT_SCHEME);
	}

	@Test
	void splitsTwoTitlesJoinedBy和AndKeepsTheCountsOfAListsName() {
		assertThat(names("阳澄湖创新孵化器、鹿城创客汇众创空间分别获评国家级科技企业孵化器和国家备案众创空间。"))
			.containsExactly("国家级科技企业孵化器", "国家备案众创空间");
		assertThat(names("瑞安市汽车关键零部件产业集群列入温州市“5+5+N”产业链“链长制”重点培育清单。"))
			.containsExactly("温州市5+5+N产业链链长制重点培育清单");
	}

	@Test
	void typesACountedTeamEnteredAsATalentScheme() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("2022年，我市入选省级领军型创新创业团队1个、金华市“双龙计划”人才12人。"));
		assertThat(mentions).extracting(Mention::type, Mention::name)
			.contains(tuple(EntityType.TALENT_SCHEME, "省级领军型创新创业团队"));
	}

	@Test
	void readsAQuotedTitleConferredWithItsPlace() {
		assertThat(names("对新获得中国驰名商标的企业给予一次性奖励50万元，对新认定为“河北省优质产品”的给予奖励10万元。"))
			.containsExactly("河北省优质产品");
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Head nouns of parks, agencies and institutions beyond the plain ones, on sentences of the development documents. */
class OrganisationNamesTests {

	private final HeadNounRecogniser recogniser = new HeadNounRecogniser(Sentences.LEXICONS);

	private List<String> names(String sentence, EntityType type) {
		return Sentences.names(this.recogniser.recognise(Sentences.analyse(sentence)), type);
	}

	@Test
	void recognisesDevelopmentZonesByTheirShortHeadAndTheirAreas() {
		assertThat(names("云山经开区星火片区已完成1200亩化工集中区扩区调规，重点布局有机硅深加工和电子化学品项目。", EntityType.PARK))
			.contains("云山经开区星火片区");
	}

	@Test
	void recognisesInnovationServiceComplexesAsParks() {
		assertThat(names("已有绍兴市上虞区e游小镇、温州市瓯海区眼镜产业创新服务综合体等28家通过验收。", EntityType.PARK))
			.contains("温州市瓯海区眼镜产业创新服务综合体");
	}

	@Test
	void takesParksNamedWithABarePlaceForProperNames() {
		assertThat(names("山东省动力装备创新中心落户潍坊高新技术产业开发区。", EntityType.PARK))
			.contains("潍坊高新技术产业开发区");
	}

	@Test
	void recognisesTheAuthorityOfAParkAndTheUnitsOfAnAgency() {
		assertThat(names("会同县发改委、县工信局和云山经开区管委会共同办理。", EntityType.AGENCY)).contains("云山经开区管委会");
		assertThat(names("联系人：省科技厅高新技术处　陈立峰。", EntityType.AGENCY)).containsExactly("省科技厅高新技术处");
		assertThat(names("市发展改革委、市经济和信息化局牵头组建产业链专班。", EntityType.AGENCY)).contains("市发展改革委");
	}

	@Test
	void recognisesAgenciesOfCitiesOfEveryProvinceButNotTheGovernmentsOfEveryPlace() {
		assertThat(names("滁州市人民政府办公室关于印发行动计划的通知", EntityType.AGENCY)).contains("滁州市人民政府办公室");
		assertThat(names("各区县人民政府，市政府直属各单位：", EntityType.AGENCY)).containsExactly("市政府");
	}

	@Test
	void recognisesJointLaboratoriesAndEngineeringResearchCentres() {
		assertThat(names("支持滁州晶澜光伏科技有限公司与中国科学技术大学共建钙钛矿光伏联合研究院，"
				+ "支持皖东光电玻璃有限公司与合肥工业大学合作建设光伏玻璃工程研究中心。", EntityType.INSTITUTION))
			.contains("钙钛矿光伏联合研究院", "光伏玻璃工程研究中心");
		assertThat(names("潍坊华动动力科技股份有限公司与山东大学共建国家级内燃机可靠性重点实验室。", EntityType.INSTITUTION))
			.contains("国家级内燃机可靠性重点实验室");
		assertThat(names("通过“揭榜挂帅”、创新联合体等方式，共建动力电池创新联合体。", EntityType.INSTITUTION))
			.containsExactly("动力电池创新联合体");
	}

	@Test
	void repairsNamesHanlpCutAtAVerb() {
		assertThat(names("抄送：市政府办公室，胜山镇人大主席团", EntityType.AGENCY)).contains("胜山镇人大主席团");
		assertThat(names("举办创业实训营，建强创业创新学院；五是加快协同创新研究院拓面扩容。", EntityType.INSTITUTION))
			.contains("创业创新学院", "协同创新研究院")
			.doesNotContain("强创业创新学院");
	}

	@Test
	void keepsAPortfolioHanlpTaggedAVerbAndA与BetweenAPlaceAndOneCharacter() {
		assertThat(names("各县（市、区）经信局，台州湾新区经济发展局：", EntityType.AGENCY)).contains("台州湾新区经济发展局");
		assertThat(names("确定温岭市泵与电机产业创新服务综合体等10家综合体列入创建名单。", EntityType.PARK))
			.containsExactly("温岭市泵与电机产业创新服务综合体");
		assertThat(names("温岭市泵与电机行业协会牵头制定团体标准。", EntityType.INSTITUTION)).containsExactly("温岭市泵与电机行业协会");
	}

	@Test
	void typesInnovationCentresOfASectorAsInstitutionsAndGuidanceFundsAsEnterprises() {
		assertThat(names("山东省动力装备创新中心落户潍坊高新技术产业开发区。", EntityType.INSTITUTION))
			.containsExactly("山东省动力装备创新中心");
		assertThat(names("县财政出资1亿元设立永修县有机硅产业发展引导基金，联合九江银行推出专项产品。", EntityType.ENTERPRISE))
			.contains("永修县有机硅产业发展引导基金", "九江银行");
	}

	@Test
	void keepsAOneCharacterVerbThatMakesAWordWithABoundMorpheme() {
		assertThat(names("大唐袜业智造小微企业园、店口五金管业小微企业园于2023年被评为浙江省五星级小微企业园。", EntityType.PARK))
			.containsExactly("大唐袜业智造小微企业园", "店口五金管业小微企业园");
		assertThat(names("已有86家初创企业入驻坊子动力装备产业园小微企业创业园。", EntityType.PARK))
			.containsExactly("坊子动力装备产业园小微企业创业园");
	}

	@Test
	void keepsTheDistrictInBracketsOfAParkAndAnIntransitiveVerbThatNamesIt() {
		assertThat(names("与杭州高新区（滨江）合作共建诸暨（滨江）产业合作园，重点承接集成电路产业转移。", EntityType.PARK))
			.containsExactly("杭州高新区（滨江）", "诸暨（滨江）产业合作园");
		assertThat(names("启航众创空间入选省级众创空间。", EntityType.PARK)).contains("启航众创空间");
	}

	@Test
	void recognisesBranchesOfBanksAndTechnologyInnovationCentres() {
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse("中国农业银行海宁支行推出专项贷款。")),
				EntityType.ENTERPRISE)).contains("中国农业银行海宁支行");
		assertThat(names("支持建设浙江省智能电气技术创新中心。", EntityType.INSTITUTION)).contains("浙江省智能电气技术创新中心");
	}

}

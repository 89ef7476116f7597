package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadNounRecogniserTests {

	private final HeadNounRecogniser recogniser = new HeadNounRecogniser(Sentences.LEXICONS);

	@Test
	void typesNamesByTheirOrganisationalHead() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"抄送：市人大代表工委，市政府办公室，市委组织部、市人力社保局，白沙路街道人大工作委员会。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).contains("市人大代表工委", "市政府办公室", "市委组织部",
				"市人力社保局", "白沙路街道人大工作委员会");
	}

	@Test
	void extendsLeftUntilAVerb() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("新增浙江大学、上海应用技术大学2家入驻院校，升级上林英才创业园。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).containsExactly("浙江大学", "上海应用技术大学");
		assertThat(Sentences.names(mentions, EntityType.PARK)).containsExactly("上林英才创业园");
	}

	@Test
	void leavesTheYearBeforeAParkOutOfItsName() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("2023年小镇实现税收收入21.6亿元。"));
		assertThat(Sentences.names(mentions, EntityType.PARK)).isEmpty();
	}

	@Test
	void keepsTheOrdinalOfABatchInAListName() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("山东鲁信重工机械有限公司入选工业和信息化部第五批制造业单项冠军企业名单。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("第五批制造业单项冠军企业名单");
	}

	@Test
	void keepsVerbsInsideProgrammeNamesButStopsAtTheGoverningVerb() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("深入实施精英企业家培育计划、企业经管人才素质提升计划，培养造就一批优秀企业家。"));
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).containsExactly("精英企业家培育计划",
				"企业经管人才素质提升计划");
	}

	@Test
	void readsTitlesFrom关于Across的() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("出台关于支持工业企业留工优工稳增促投的实施意见、慈溪市推进企业行动方案。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).contains("关于支持工业企业留工优工稳增促投的实施意见");
	}

	@Test
	void ignoresGenericNames() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("希望您在今后继续多提宝贵意见，加快建设提升小微企业园。"));
		assertThat(mentions).isEmpty();
	}

	@Test
	void keepsOneCharacterVerbsInsideCompanyNamesAndDropsALeadingCategory() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"动力电池龙头企业长兴恒能动力电池股份有限公司与浙江大学湖州研究院共建，高端农机装备企业山东鲁信重工机械有限公司入选名单。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("长兴恒能动力电池股份有限公司",
				"山东鲁信重工机械有限公司");
	}

	@Test
	void splitsAgenciesJoinedByAVerb() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("省经信厅会同省科技厅实施。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).containsExactly("省经信厅", "省科技厅");
	}

	@Test
	void ignoresHeadingsThatEndInAHead() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("（一）强化规划"));
		assertThat(mentions).isEmpty();
	}

	@Test
	void acceptsAgenciesOfDistrictsAndLeavesVerbComplementsOut() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("抄送：市政府办公室，坊子区人大常委会。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).contains("坊子区人大常委会");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse("（一）做强产业园区。")), EntityType.PARK))
			.doesNotContain("强产业园区");
	}

	@Test
	void leavesTheIssuingMinistryAndTheVerbBeforeItOutOfAProgramme() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"广东恒瓷新材料股份有限公司入选工业和信息化部2023年度智能制造示范工厂揭榜单位名单，争取国家中小企业数字化转型城市试点。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).contains("2023年度智能制造示范工厂揭榜单位名单",
				"国家中小企业数字化转型城市试点");
	}

	@Test
	void keepsTheFocusOfALevelOfGovernmentInACatalogueName() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("对列入省重点技术改造项目导向目录的项目，按贷款额的2%给予贴息。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("省重点技术改造项目导向目录");
	}

	@Test
	void namesLeadingGroupsForTheirTaskVerbsAndAll() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("成立慈溪市推进中国制造2025工作领导小组、产融合作工作领导小组。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).containsExactly("慈溪市推进中国制造2025工作领导小组",
				"产融合作工作领导小组");
	}


	@Test
	void keepsAGoverningWordThatIsANounBeforeTheHead() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("抢抓宁波前湾沪浙合作发展区列入国家长三角一体化发展规划纲要的重大契机，率先建立全方位接轨上海融入长三角。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).contains("国家长三角一体化发展规划纲要");
	}


	@Test
	void keepsAnIntransitiveGoverningVerbBeforeTheHead() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("按照工业用地全生命周期管理相关要求，研究制定产业发展对接指引，为中小民营制造业提供前瞻性引领带头作用。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).contains("产业发展对接指引");
	}

	@Test
	void takesNoPlanWordThatQualifiesAnotherWord() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"在国土空间总体规划编制中，整合后规划面积186平方公里，2024年计划供应工业用地3500亩以上。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).isEmpty();
	}

	@Test
	void leavesTheVerbThatGovernsAProgrammeOutOfItsName() {
		List<Mention> mentions = this.recogniser.recognise(
				Sentences.analyse("四是强化规划引领，对照建设方案明确的目标任务，编制诸暨市工业空间布局专项规划。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("诸暨市工业空间布局专项规划");
	}

	@Test
	void readsATitleFromTheVerbThatIssuesItAcross的() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("出台进一步加强小微企业园建设和管理的实施意见，完成14家小微企业园建设。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).contains("进一步加强小微企业园建设和管理的实施意见");
	}

	@Test
	void namesPoolsAndReservesRunByGovernmentButNotTheirBareKind() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"市财政局出资设立规模3亿元的江阴市科技信贷风险补偿资金池，建立科技型企业上市后备库，对进入上市后备库的企业给予辅导服务。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("江阴市科技信贷风险补偿资金池",
				"科技型企业上市后备库");
	}

	@Test
	void keepsAnOrdinalWrittenAsOneWordAndTheVerbThatBringsTalentIn() {
		assertThat(Sentences.names(this.recogniser.recognise(Sentences
			.analyse("我区依托台州市成功入选第二批全国中小企业数字化转型试点城市的机遇，将模具行业作为试点。")), EntityType.PROGRAMME))
			.containsExactly("第二批全国中小企业数字化转型试点城市");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences
			.analyse("组织企业申报温州“瓯越英才计划”、浙江省海外高层次人才引进计划，2023年入选41人。")), EntityType.TALENT_SCHEME))
			.contains("浙江省海外高层次人才引进计划");
	}

	@Test
	void typesAListAboutTalentAsAProgrammeAndLeavesWhatIsToBeExploredOut() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("宏力线缆集团有限公司等12家企业列入2023年度宜兴市技能人才自主评价示范企业名单，积极探索跨区域项目利益共享办法。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("2023年度宜兴市技能人才自主评价示范企业名单");
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).isEmpty();
	}

	@Test
	void dropsTheRoleWordsBeforeTheCompanysPlace() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"华鼎功能性纤维项目，投资方浙江华鼎新材料集团有限公司，总投资35亿元，落户石狮经济开发区；"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("浙江华鼎新材料集团有限公司");
	}

	@Test
	void namesAFundByItsCityAndPurpose() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("设立规模5亿元的宁国市制造业高质量发展基金，重点投向“3+3”产业领域项目。"));
		assertThat(Sentences.names(mentions, EntityType.ENTERPRISE)).containsExactly("宁国市制造业高质量发展基金");
	}

	@Test
	void recognisesCourtsZoneAuthoritiesAndAgenciesJoinedByHe() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"会同市金融工作服务中心和濮院镇人民政府进行了专题研究，抄送天目湖旅游度假区管委会，市法院，市检察院，市各委办局。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).containsExactly("濮院镇人民政府", "天目湖旅游度假区管委会",
				"市法院", "市检察院");
	}

	@Test
	void leavesACountedCategoryWithoutAPlace() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("2021年入选省高新研发中心12家，新增宁波市重大科技攻关项目3个。"));
		assertThat(Sentences.names(mentions)).containsExactly("宁波市重大科技攻关项目");
	}

	@Test
	void startsANameAfterPunctuationInsideItsSpan() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"年培养跨境电商专业人才1500余名；义乌工商学院与小商品城联合开展培训。我们将推行“工程服务商+行业协会+企业”的诊断模式。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).containsExactly("义乌工商学院");
	}

	@Test
	void keepsTheFieldOfAJointLaboratory() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("江苏鸿德光电科技股份有限公司与苏州大学共建光电显示材料联合实验室。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).contains("光电显示材料联合实验室");
	}

	@Test
	void recognisesATechnologyTransferCentre() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("推动浙江科技大市场东阳分市场与浙江工业大学共建东阳技术转移中心。"));
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).contains("浙江工业大学", "东阳技术转移中心");
	}

	@Test
	void takesAPilotZoneWithThePlaceInItsBracketsAsAProgramme() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("近年来，我市以中国（义乌）跨境电子商务综合试验区建设为抓手，持续深化国际贸易综合改革试点。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).contains("中国（义乌）跨境电子商务综合试验区");
	}

	@Test
	void keepsATalentPlanEnteredATalentSchemeWithTheWordHanLPTagsAsAnAdverb() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("对入选昆山市创新创业领军人才计划的项目，给予最高500万元项目经费资助。"));
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).containsExactly("昆山市创新创业领军人才计划");
	}

	@Test
	void takesAPlanWhosePeopleAreNamedAfterIt() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("累计入选姑苏创新创业领军人才计划人才（团队）486个。"));
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).containsExactly("姑苏创新创业领军人才计划");
	}

	@Test
	void takesNoHeadInsideALongerNameForANameOfItsOwn() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"东南大学与太仓中孚精密机械有限公司签订共建智能装备工程技术研究中心协议。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).isEmpty();
		assertThat(Sentences.names(mentions, EntityType.INSTITUTION)).contains("智能装备工程技术研究中心");
	}

	@Test
	void takesTheGradeOfAPrizeForNoProgramme() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"对获得一、二、三等奖的选手分别给予1万元、6000元、3000元奖励，并按规定晋升相应职业技能等级。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).isEmpty();
	}

}

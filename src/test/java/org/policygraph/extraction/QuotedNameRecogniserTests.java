package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedNameRecogniserTests {

	private final QuotedNameRecogniser recogniser = new QuotedNameRecogniser(Sentences.LEXICONS);

	@Test
	void joinsQuotedCoreWithItsHeadAndKeepsTheCoreAsAlias() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("深入开展企业上云计划，一是实施“上林英才”计划升级版。"));
		assertThat(mentions).singleElement().satisfies((mention) -> {
			assertThat(mention.type()).isEqualTo(EntityType.TALENT_SCHEME);
			assertThat(mention.name()).isEqualTo("上林英才计划");
			assertThat(mention.aliases()).containsExactly("上林英才");
		});
	}

	@Test
	void joinsAQuotedPairWithAProgrammeHeadButNotAQuotedSlogan() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("启动新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动，核查高耗低效企业。"));
		assertThat(mentions).extracting(Mention::name).containsExactly("制造业腾笼换鸟、凤凰涅槃攻坚行动");
		assertThat(this.recogniser.recognise(Sentences.analyse("坚持“增品种、提品质、创品牌”的思路。"))).isEmpty();
	}

	@Test
	void includesModifiersAheadOfTheQuote() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("推动科技企业“双倍增”，新认定高新技术企业169家。"));
		assertThat(mentions).singleElement().satisfies((mention) -> {
			assertThat(mention.name()).isEqualTo("科技企业双倍增");
			assertThat(mention.aliases()).containsExactly("双倍增");
		});
	}

	@Test
	void typesTalentPlansByTheWordsAfterTheQuote() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("入选省“千人计划”3人、宁波“3315计划”人才（团队）10人（个），获得上级资助资金1150万元。"));
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).containsExactly("省千人计划", "宁波3315计划");
	}

	@Test
	void keepsAHeadlessQuoteOnlyWhenItIsAProgrammeOrTalentScheme() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"扎实推进“浙江制造”建设，优化“星期日工程师”遴选机制，协调解决好人才“关键小事”。"));
		assertThat(mentions).extracting(Mention::type, Mention::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(EntityType.PROGRAMME, "浙江制造"),
					org.assertj.core.groups.Tuple.tuple(EntityType.TALENT_SCHEME, "星期日工程师"));
	}

	@Test
	void startsAQuotedTitleAtItsPlaceAndVerbOfPolicy() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("落实慈溪市推进企业“四上”行动方案。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("慈溪市推进企业四上行动方案");
	}


	@Test
	void takesAQuotedPlanThatAttractsPeopleForATalentScheme() {
		List<Mention> mentions = this.recogniser.recognise(Sentences
			.analyse("实施“姚燕归巢”工程，启动万名大学生来姚就业创业计划，吸引更多优秀青年集聚。"));
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).contains("姚燕归巢工程");
	}

	@Test
	void namesAQuotedLeadingGroupForItsPlaceAndTask() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("建立慈溪市推进“中国制造2025”工作领导小组，出台实施方案。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).containsExactly("慈溪市推进中国制造2025工作领导小组");
	}

	@Test
	void takesAQuotedPlanWhosePeopleAreCountedForATalentScheme() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("积极组织企业申报江西省“双千计划”，2023年我县有机硅企业入选3人。"));
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).containsExactly("江西省双千计划");
		mentions = this.recogniser.recognise(Sentences.analyse("对入选省“双创计划”的人才，按省级资助额1:1给予配套资助。"));
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).containsExactly("省双创计划");
	}

	@Test
	void startsAQuotedProgrammeAtTheVerbThatGovernsIt() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("深入实施规上工业企业研发机构“全覆盖”行动。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("规上工业企业研发机构全覆盖行动");
		mentions = this.recogniser.recognise(Sentences.analyse("宏腾电器集团有限公司与浙江大学联合承担省“尖兵”“领雁”研发攻关计划项目2项。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("省尖兵领雁研发攻关计划");
	}

	@Test
	void takesAQuotedPlanThatSendsCountedPeopleForATalentScheme() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("实施“‘科技副总’进企业”行动，从温州大学、浙江大学等高校选派科技副总62名。"));
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).containsExactly("科技副总进企业行动");
	}

	@Test
	void takesAQuotedRankingForAnHonoursList() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("首次发布慈溪市制造业“亩产英雄50强”，引导企业提升效益。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("慈溪市制造业亩产英雄50强");
	}

	@Test
	void takesAQuotedSystemOfGovernanceWithItsModifiers() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("全面推行“链长制”，由市级领导担任链长。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("链长制");
	}

	@Test
	void namesAQuotedCampaignByItsQuote() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("全年组织“科技金融进园区”活动16场，邀请农业银行江阴支行参加。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("科技金融进园区");
		assertThat(Sentences.names(mentions, EntityType.PARK)).isEmpty();
	}

	@Test
	void namesAHeadedQuoteWithTheProgrammeModifiersBeforeIt() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("定期举办供需对接会，建立重点零部件企业“白名单”，力争到2025年实现配套。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("重点零部件企业白名单");
	}

	@Test
	void takesAQuotedProductLaunchedOrAProgrammePushedWithoutItsHead() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"市商务局与中国出口信用保险公司浙江分公司合作推出“永信保”统保平台，联合台州银行推出“技改贷”专项产品。"));
		assertThat(Sentences.names(mentions, EntityType.PROGRAMME)).containsExactly("永信保", "技改贷");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse("二是加快低效用地盘活，推进“腾笼换鸟”，提高园区亩均效益。")),
				EntityType.PROGRAMME))
			.containsExactly("腾笼换鸟");
	}

	@Test
	void leavesAQuoteThatQualifiesWhatFollowsOrStandsInsideATitle() {
		assertThat(this.recogniser.recognise(Sentences.analyse("一是推进企业“智能化”发展，加快技术改造。"))).isEmpty();
		assertThat(this.recogniser
			.recognise(Sentences.analyse("您提出的《关于加快中小企业数字化改造推动“专精特新”发展的建议》收悉。"))).isEmpty();
	}

	@Test
	void typesAPlanByItsPeopleCountedOrAttracted() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("2023年，全市入选省“鲲鹏行动”计划2人，常态化开展“雁归乐清”引才活动。"));
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).containsExactly("省鲲鹏行动计划", "雁归乐清");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse("一是实施“乐清学子回归工程”。")),
				EntityType.TALENT_SCHEME))
			.containsExactly("乐清学子回归工程");
	}

	@Test
	void takesAQuoteJoinedByPlusOnlyWhenItIsBeingBuilt() {
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse("一是深化“产业大脑+未来工厂”建设，推进数字化改造。")),
				EntityType.PROGRAMME))
			.containsExactly("产业大脑+未来工厂");
		assertThat(this.recogniser.recognise(Sentences.analyse("推动“项目+资本”的有机结合。"))).isEmpty();
	}

	@Test
	void takesAQuotedIndustryBrainAndAReformTheSentenceEncourages() {
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse(
				"同时，加快建设“汽摩配产业大脑”，由瑞安市数智科技有限公司负责平台开发。")), EntityType.PROGRAMME))
			.containsExactly("汽摩配产业大脑");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse("二是鼓励“工业上楼”。")), EntityType.PROGRAMME))
			.containsExactly("工业上楼");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse(
				"对入园企业实行“亩均论英雄”评价，优先安排高成长型企业入园。")), EntityType.PROGRAMME))
			.containsExactly("亩均论英雄");
	}

	@Test
	void leavesOutTheRoleSomethingIsTakenAs() {
		assertThat(this.recogniser.recognise(Sentences.analyse("我市坚持把招商引资作为“一号工程”，围绕纺织服装等主导产业。")))
			.isEmpty();
	}

	@Test
	void typesEnvoysAndAPlanForGradedPeopleAsTalentSchemes() {
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse(
				"同时，深入推进“科技特派员”制度，全年选派省、市级科技特派员56名。")), EntityType.TALENT_SCHEME))
			.containsExactly("科技特派员");
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse(
				"对入选泉州市“港湾计划”的第一至第三层次人才，分别给予最高200万元补助。")), EntityType.TALENT_SCHEME))
			.containsExactly("泉州市港湾计划");
	}

	@Test
	void takesAQuotedServiceBeforeTheWordForIt() {
		assertThat(Sentences.names(this.recogniser.recognise(Sentences.analyse(
				"市财政局与徽商银行宁国支行、宁国农村商业银行合作开展“税融通”“续贷过桥”业务。")), EntityType.PROGRAMME))
			.containsExactly("税融通", "续贷过桥");
	}

	@Test
	void takesNoProgrammeFromHowPoliciesAreDelivered() {
		assertThat(this.recogniser.recognise(Sentences.analyse("完善人才服务专员制度，推动人才政策“免申即享”，让各类人才在昆安心发展。")))
			.isEmpty();
	}

	@Test
	void readsAPackageOfPoliciesCountedInArticlesAsAScheme() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"深入实施湖南省“芙蓉计划”和株洲市“人才新政30条”，启动醴陵“瓷城英才计划”。"));
		assertThat(Sentences.names(mentions, EntityType.TALENT_SCHEME)).contains("株洲市人才新政30条");
		List<Mention> defined = this.recogniser.recognise(Sentences.analyse(
				"市委市政府出台《乐清市高层次人才引进培养若干政策》（简称“人才新政30条”）。"));
		assertThat(Sentences.names(defined, EntityType.TALENT_SCHEME)).isEmpty();
	}

}

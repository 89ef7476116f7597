package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParkNamesTests {

	private final HeadNounRecogniser recogniser = new HeadNounRecogniser(Sentences.LEXICONS);

	private final QuotedNameRecogniser quoted = new QuotedNameRecogniser(Sentences.LEXICONS);

	@Test
	void opensAParkWithTheTownItsSentenceNames() {
		assertThat(parks("莘塍智能装备小微园，位于莘塍街道，占地136亩；上望电子元器件小微园，位于上望街道，占地97亩。"))
			.contains("上望电子元器件小微园");
	}

	@Test
	void keepsAQualityHanlpTagsATimeWordInAParksName() {
		assertThat(parks("在杭州未来科技城布局东阳（杭州）科创飞地。")).contains("杭州未来科技城");
	}

	@Test
	void findsLogisticsParksClustersBondedZonesAndInnovationParks() {
		assertThat(parks("依托义乌综合保税区、义乌国际陆港物流园，开展跨境电商业务。")).containsExactly("义乌综合保税区", "义乌国际陆港物流园");
		assertThat(parks("高水平建设苍山产业集聚区和天台汽车用品小镇。")).contains("苍山产业集聚区");
		assertThat(parks("太仓生物医药产业园、中德（太仓）创新园等载体在孵企业超过900家。")).contains("中德（太仓）创新园");
		assertThat(parks("在全市工业集聚区推行标准地出让。")).isEmpty();
	}

	@Test
	void takesALevelledParkForACategory() {
		assertThat(parks("完成数字化产业园建设，力争创建成为省级人力资源服务产业园。")).isEmpty();
		assertThat(parks("对新认定的国家级,省级制造业创新中心,分别给予最高1000万元,500万元资助.")).isEmpty();
	}

	@Test
	void takesAParkNamedOnlyForItsQualityForACategory() {
		assertThat(parks("建设高质量小微企业园，打造高能级产业园。")).isEmpty();
		assertThat(parks("推进标准化小微企业园建设，积极打造专业化众创空间。")).isEmpty();
	}

	@Test
	void takesASectorParkToBeBuiltNowhereInParticularForACategory() {
		assertThat(parks("打造新材料产业园，引进企业20家。")).isEmpty();
		assertThat(parks("在云山经开区城南片区建设有机硅下游制品小微企业园，建筑面积约15万平方米。"))
			.contains("有机硅下游制品小微企业园");
		assertThat(parks("（一）高水平建设轴承综合体")).containsExactly("轴承综合体");
	}

	@Test
	void takesParksOfAKindInSeveralPlacesForACategory() {
		assertThat(parks("带动高新区、滨海区智能装备产业发展，附海、新浦等家电小镇建设。")).containsExactly("高新区");
		assertThat(parks("同时，我们在温岭经济开发区、温岭东部新区分别布局建设专精特新产业园。"))
			.containsExactly("温岭经济开发区");
		assertThat(parks("支持天长市、明光市建设光伏配套产业园。")).isEmpty();
		assertThat(parks("支持各地建设制造业创新中心。")).isEmpty();
		assertThat(parks("全县三个省级开发区，分别为安吉经济开发区、天子湖现代工业园、孝丰经济开发区。")).hasSize(3);
	}

	@Test
	void keepsAPlacedParkAfterAPluralPhrase() {
		assertThat(parks("加强对周巷、观海卫等慈溪智能家电小镇建设。")).containsExactly("慈溪智能家电小镇");
	}

	@Test
	void needsAPlaceBeforeABareYuanqu() {
		assertThat(parks("对连续两年评价不合格的园区取消星级认定，倒逼园区运营主体提升服务水平。")).isEmpty();
		assertThat(parks("加快形成“大平台+小镇+园区”的产业承载格局。")).isEmpty();
		assertThat(parks("加快构建以绿色产品、绿色工厂、绿色园区及绿色供应链为主要内容的绿色制造体系。")).isEmpty();
		assertThat(parks("企业入驻张江高科技园区。")).containsExactly("张江高科技园区");
		assertThat(parks("将原长兴经济技术开发区、长兴高新技术产业园区整合。")).containsExactly("长兴经济技术开发区",
				"长兴高新技术产业园区");
	}

	@Test
	void takesTheWritersOwnZoneForAPark() {
		assertThat(parks("推进我市高新技术产业开发区与上海漕河泾开发区合作。")).containsExactly("高新技术产业开发区",
				"上海漕河泾开发区");
	}

	@Test
	void startsAParkAfterADateOrAnAction() {
		assertThat(parks("2023年长兴经开区完成低效用地再开发3260亩。")).containsExactly("长兴经开区");
		assertThat(parks("其中保障小微企业园用地726亩。")).isEmpty();
		assertThat(parks("乐清人才大厦投入使用，大厦内设乐清市人力资源服务产业园和乐清大学生创业园。"))
			.containsExactly("乐清人才大厦", "乐清市人力资源服务产业园", "乐清大学生创业园");
	}

	@Test
	void repairsPlacesHanlpSplitOrJoined() {
		assertThat(parks("主要承接电池配套企业，夹浦纺织小微园重点发展纺织产业。")).containsExactly("夹浦纺织小微园");
		assertThat(parks("与庆元县共建庆元—长兴山海协作产业园，产业园位于长兴经开区内。"))
			.containsExactly("庆元—长兴山海协作产业园");
		assertThat(parks("已有绍兴市上虞区e游小镇、温州市瓯海区眼镜产业创新服务综合体等28家通过验收。"))
			.contains("绍兴市上虞区e游小镇");
	}

	@Test
	void readsTechCitiesMakerSpacesAndBranchParks() {
		assertThat(parks("研究院位于江阴科技城，已组建团队12个。")).containsExactly("江阴科技城");
		assertThat(parks("澄江众创空间、临港青年创客空间入选江苏省众创空间备案名单。")).contains("澄江众创空间", "临港青年创客空间");
		assertThat(parks("在张江长三角科技城平湖园内建成嘉平科创孵化器，并新建当湖众创空间、乍浦青创园等孵化载体。"))
			.contains("张江长三角科技城平湖园", "乍浦青创园");
	}

	@Test
	void listsOnlyProperParksInAnEnumeration() {
		EnumerationRecogniser enumeration = new EnumerationRecogniser(Sentences.LEXICONS);
		assertThat(Sentences.names(enumeration.recognise(Sentences.analyse("积极培育一批特色小镇、小微企业园等产业平台。")),
				EntityType.PARK)).isEmpty();
		assertThat(Sentences.names(enumeration.recognise(Sentences.analyse("建设相士地、上剑山两个小微企业园。")),
				EntityType.PARK)).containsExactly("相士地", "上剑山");
	}

	@Test
	void takesAQuotedKindOfParkForATerm() {
		List<Mention> mentions = this.quoted.recognise(Sentences.analyse("推动特色小镇迭代升级、用好“飞地”拓展发展空间。"));
		assertThat(Sentences.names(mentions, EntityType.PARK)).isEmpty();
		assertThat(parks("推动特色小镇迭代升级、用好“飞地”拓展发展空间。")).isEmpty();
	}

	private List<String> parks(String text) {
		return Sentences.names(this.recogniser.recognise(Sentences.analyse(text)), EntityType.PARK);
	}

}

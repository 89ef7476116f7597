package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionRecogniserTests {

	private final RegionRecogniser recogniser = new RegionRecogniser(Sentences.LEXICONS);

	@Test
	void recognisesDivisionsInFullAndBareForm() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("立足余姚实际，对标宁波市重点领域，融入长三角一体化。"));
		assertThat(mentions).extracting(Mention::name).containsExactly("余姚市", "宁波市", "长三角");
		assertThat(mentions.get(0).aliases()).containsExactly("余姚");
	}

	@Test
	void filtersHanlpPlaceNamesThatAreNotPlaces() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("发布了中国制造业发展纲要，建成全国首条示范线。"));
		assertThat(mentions).isEmpty();
	}

	@Test
	void joinsPlaceNamesWithTheNewAreaOrDistrictThatFollows() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("我市（含宁波杭州湾新区）作为全省8个试点之一。"));
		assertThat(Sentences.names(mentions)).contains("宁波杭州湾新区");
	}

	@Test
	void joinsAHanlpTownSplitFromItsFirstCharacter() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("在横河镇布局两个工业园区。"));
		assertThat(Sentences.names(mentions)).containsExactly("横河镇");
	}

	@Test
	void recognisesDistrictsInAListEvenWhenHanlpMissesSomeOfThem() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("主要集中在禅城区、南海区、三水区和高明区。"));
		assertThat(Sentences.names(mentions)).containsExactlyInAnyOrder("禅城区", "南海区", "三水区", "高明区");
	}

	@Test
	void leavesZonesThatAreNotDistricts() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("支持开发区、园区和社区建设。"));
		assertThat(mentions).isEmpty();
	}

	@Test
	void leavesBarePlacesInsideQuotes() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("新增“品字标浙江制造”企业16家，对标宁波市重点领域。"));
		assertThat(Sentences.names(mentions)).containsExactly("宁波市");
	}

	@Test
	void takesABarePlaceEndingAPhraseInsideQuotes() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("为在宁高校人才提供“研发在南京、转化在江阴”的平台。"));
		assertThat(Sentences.names(mentions)).contains("南京市");
	}

	@Test
	void joinsACityWithTheDistrictWrittenAfterIt() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"在杭州市钱塘区建设海宁（杭州）科创飞地，在南京市江北新区设立江阴（南京）科创飞地。"));
		assertThat(Sentences.names(mentions)).contains("杭州市钱塘区", "南京市江北新区").doesNotContain("钱塘区", "江北区");
		assertThat(mentions).filteredOn((mention) -> mention.name().equals("杭州市钱塘区"))
			.singleElement()
			.extracting(Mention::aliases)
			.isEqualTo(List.of("钱塘区"));
	}

	@Test
	void keepsTheCityWrittenBeforeItsDistrictAsAPlaceOfItsOwn() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("在上海市闵行区设立平湖（上海）科创飞地，面积1.2万平方米。"));
		assertThat(Sentences.names(mentions)).contains("上海市闵行区", "上海市");
	}

	@Test
	void readsABareProvinceBeforeACountyAsPartOfTheCountysName() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("四是深化与上海闵行区、浙江长兴县等地的园区共建合作。"));
		assertThat(Sentences.names(mentions)).containsExactly("闵行区", "长兴县");
		assertThat(mentions.get(1).aliases()).containsExactly("浙江长兴县");
	}

	@Test
	void recognisesCountriesAndWorldRegions() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"产品远销东南亚、中东、欧美等200多个国家和地区，在德国、美国、阿联酋等地建设公共海外仓6个。"));
		assertThat(Sentences.names(mentions)).containsExactly("东南亚", "中东", "欧美", "德国", "美国", "阿联酋");
	}

	@Test
	void recognisesTownsHanlpTakesForPersonalNames() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"官林镇的官林线缆小镇重点发展电线电缆产业，丁蜀镇的丁蜀紫砂文创产业园聚焦陶瓷文创产业。"));
		assertThat(Sentences.names(mentions)).containsExactly("官林镇", "丁蜀镇");
	}

	@Test
	void joinsASubdistrictSplitFromItsPlace() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("其中江口模塑小微企业园位于江口街道，专门承接日用塑料企业。"));
		assertThat(Sentences.names(mentions)).containsExactly("江口街道");
	}

	@Test
	void readsThePlaceAfterAVerbOfLocationHoweverItIsSegmented() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"坊子动力装备产业园位于坊子区，重点发展发动机整机及关键零部件产业，诸城市重点发展汽车及零部件产业。"));
		assertThat(Sentences.names(mentions)).contains("坊子区", "诸城市");
	}

	@Test
	void recognisesTownsAndSubdistrictsListedAtTheStartOfAClause() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("同比增长5.2%，许村镇、马桥街道、长安镇集聚了全市80%的经编企业。"));
		assertThat(Sentences.names(mentions, EntityType.REGION)).contains("许村镇", "马桥街道", "长安镇");
	}

	@Test
	void leavesABareFormHanlpReadsAsAPersonalName() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("推动企业设备上云、业务上云和数据上云。"));
		assertThat(mentions).isEmpty();
	}

	@Test
	void joinsAFourCharacterTownHanlpSplitAfterAFamilyName() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("成衣加工主要集中在杨二庄镇和王官庄镇。"));
		assertThat(Sentences.names(mentions)).containsExactly("杨二庄镇", "王官庄镇");
	}

	@Test
	void takesTheSubdistrictAfterAVerbOfLocation() {
		List<Mention> mentions = this.recogniser
			.recognise(Sentences.analyse("目前，位于飞云街道的飞云江智造小微企业园（一期）已开工建设。"));
		assertThat(Sentences.names(mentions)).containsExactly("飞云街道");
	}

	@Test
	void takesForeignCitiesListedBeforeDengDi() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse("华鼎跨境在迪拜、墨西哥城等地自建海外仓11个。"));
		assertThat(Sentences.names(mentions)).containsExactly("迪拜", "墨西哥城");
	}

	@Test
	void findsTheSubdistrictInBracketsAfterAPark() {
		List<Mention> mentions = this.recogniser.recognise(Sentences.analyse(
				"坚持海盐经济开发区（西塘桥街道）作为全县工业发展的主战场。"));
		assertThat(Sentences.names(mentions, EntityType.REGION)).contains("西塘桥街道");
	}

}

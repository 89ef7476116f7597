package org.policygraph.extraction;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AliasMergerTests {

	private final AliasMerger merger = new AliasMerger();

	@Test
	void mergesQuotedAndUnquotedTalentScheme() {
		Mention quoted = new Mention(EntityType.TALENT_SCHEME, "上林英才计划", List.of("上林英才"), 0, 8);
		Mention upgraded = new Mention(EntityType.TALENT_SCHEME, "上林英才计划", List.of("上林英才"), 20, 28);
		Mention bare = new Mention(EntityType.TALENT_SCHEME, "上林英才", 40, 46);
		AliasMerger.Resolution resolution = this.merger.merge(List.of(quoted, upgraded, bare));
		assertThat(resolution.entities()).singleElement().satisfies((entity) -> {
			assertThat(entity.name()).isEqualTo("上林英才计划");
			assertThat(entity.aliases()).containsExactly("上林英才");
			assertThat(entity.mentions()).isEqualTo(3);
		});
		assertThat(resolution.refs().get(bare)).isEqualTo(new EntityRef(EntityType.TALENT_SCHEME, "上林英才计划"));
	}

	@Test
	void mergesShortFormsAndKeepsTheFullestAsCanonical() {
		AliasMerger.Resolution resolution = this.merger.merge(List.of(new Mention(EntityType.ENTERPRISE, "公牛", 0, 2),
				new Mention(EntityType.ENTERPRISE, "公牛集团", 10, 14), new Mention(EntityType.REGION, "慈溪市", 20, 22),
				new Mention(EntityType.REGION, "慈溪", 30, 32)));
		assertThat(resolution.entities()).extracting(Entity::name).containsExactly("公牛集团", "慈溪市");
		assertThat(resolution.entities().get(0).aliases()).containsExactly("公牛");
		assertThat(resolution.merges()).containsExactly(
				new AliasMerge(EntityType.ENTERPRISE, "公牛集团", "公牛", "公牛 is 公牛集团 without its suffix 集团"),
				new AliasMerge(EntityType.REGION, "慈溪市", "慈溪", "慈溪 is 慈溪市 without its suffix 市"));
	}

	@Test
	void keepsANameConfiguredApartAsAnEntityOfItsOwn() {
		AliasMerger merger = new AliasMerger(new AliasRules(true, Set.of("公牛", "市经信局")));
		AliasMerger.Resolution resolution = merger.merge(List.of(new Mention(EntityType.ENTERPRISE, "公牛", 0, 2),
				new Mention(EntityType.ENTERPRISE, "公牛集团", 10, 14),
				new Mention(EntityType.AGENCY, "慈溪市经济和信息化局", 20, 30), new Mention(EntityType.AGENCY, "市经信局", 40, 44)));
		assertThat(resolution.entities()).extracting(Entity::name)
			.containsExactly("公牛", "公牛集团", "慈溪市经济和信息化局", "市经信局");
		assertThat(resolution.merges()).isEmpty();
	}

	@Test
	void namesAnIndustryByItsBareFormWithTheSuffixedFormAsAlias() {
		AliasMerger.Resolution resolution = this.merger.merge(List.of(
				new Mention(EntityType.INDUSTRY, "家电", List.of("家电产业"), 0, 4),
				new Mention(EntityType.INDUSTRY, "家电", List.of("家电行业"), 10, 14)));
		assertThat(resolution.entities()).singleElement().satisfies((entity) -> {
			assertThat(entity.name()).isEqualTo("家电");
			assertThat(entity.aliases()).containsExactlyInAnyOrder("家电产业", "家电行业");
		});
		assertThat(resolution.merges()).as("an identical name is no merge by rule").isEmpty();
	}

	@Test
	void keepsSameNamesOfDifferentTypesApart() {
		AliasMerger.Resolution resolution = this.merger.merge(List.of(new Mention(EntityType.PARK, "上林英才创业园", 0, 7),
				new Mention(EntityType.TALENT_SCHEME, "上林英才", 10, 14)));
		assertThat(resolution.entities()).hasSize(2);
	}

	@Test
	void mergesAnAgencyShortFormIntoTheOneFullNameItStandsForAndSaysWhy() {
		AliasMerger.Resolution resolution = this.merger.merge(List.of(
				new Mention(EntityType.AGENCY, "慈溪市经济和信息化局", 0, 10), new Mention(EntityType.AGENCY, "市经信局", 20, 24),
				new Mention(EntityType.AGENCY, "湖州市人民政府", 30, 37), new Mention(EntityType.AGENCY, "市政府", 40, 43),
				new Mention(EntityType.AGENCY, "市委市政府", 50, 55)));
		assertThat(resolution.entities()).extracting(Entity::name)
			.containsExactly("慈溪市经济和信息化局", "湖州市人民政府", "市委市政府");
		assertThat(resolution.merges()).extracting(AliasMerge::alias).containsExactly("市经信局", "市政府");
		assertThat(resolution.merges().get(0).reason()).contains("经信局 for 经济和信息化局", "慈溪市");
	}

	@Test
	void leavesAShortFormAloneWhenItCouldStandForTwoAgencies() {
		AliasMerger.Resolution resolution = this.merger.merge(List.of(
				new Mention(EntityType.AGENCY, "慈溪市经济和信息化局", 0, 10), new Mention(EntityType.AGENCY, "宁波市经济和信息化局", 11, 21),
				new Mention(EntityType.AGENCY, "市经信局", 30, 34)));
		assertThat(resolution.entities()).hasSize(3);
		assertThat(resolution.merges()).isEmpty();
	}

	@Test
	void mergesNoShortFormsWhenTheRuleIsSwitchedOff() {
		AliasMerger.Resolution resolution = new AliasMerger(new AliasRules(false, Set.of())).merge(List.of(
				new Mention(EntityType.AGENCY, "慈溪市经济和信息化局", 0, 10), new Mention(EntityType.AGENCY, "市经信局", 20, 24)));
		assertThat(resolution.entities()).hasSize(2);
	}

}

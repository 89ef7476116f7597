package org.policygraph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProperNamesTests {

	private final ProperNames names = new ProperNames(Sentences.LEXICONS);

	@Test
	void rejectsNamesMadeOfGenericWords() {
		assertThat(this.names.typeOf("省级企业研究院", "研究院", "入选省高新研发中心12家，")).isEmpty();
		assertThat(this.names.typeOf("宁波级工程技术中心", "技术中心", "")).isEmpty();
		assertThat(this.names.typeOf("部分小微企业园", "小微企业园", "布局散、能级不高，")).isEmpty();
		assertThat(this.names.typeOf("全县小微企业园", "小微企业园", "")).isEmpty();
		assertThat(this.names.typeOf("上林英才创业园", "创业园", "升级")).contains(EntityType.PARK);
	}

	@Test
	void letsAPlaceMakeAnInstituteProgrammeOrCompanyProperButAParkOnlyInItsBareForm() {
		assertThat(this.names.typeOf("浙江大学", "大学", "新增")).contains(EntityType.INSTITUTION);
		assertThat(this.names.typeOf("宁波市重大科技攻关项目", "攻关项目", "立项")).contains(EntityType.PROGRAMME);
		assertThat(this.names.typeOf("慈溪市开发区", "开发区", "出台")).isEmpty();
		assertThat(this.names.typeOf("潍坊高新技术产业开发区", "开发区", "落户")).contains(EntityType.PARK);
		assertThat(this.names.typeOf("九江银行", "银行", "联合")).contains(EntityType.ENTERPRISE);
	}

	@Test
	void typesHonoursAsProgrammesWhateverTheirHead() {
		assertThat(this.names.typeOf("市级众创空间", "众创空间", "6家单位被认定为")).contains(EntityType.PROGRAMME);
	}

	@Test
	void anchorsAgenciesOnTheirPlace() {
		assertThat(this.names.typeOf("市政府办公室", "办公室", "")).contains(EntityType.AGENCY);
		assertThat(this.names.typeOf("胜山镇人大主席团", "主席团", "")).contains(EntityType.AGENCY);
		assertThat(this.names.typeOf("新时期政府", "政府", "确定了")).isEmpty();
	}

	@Test
	void keepsPlatformsOnlyWhenNamedForAPlace() {
		assertThat(this.names.typeOf("慈溪质城检测平台", "平台", "")).contains(EntityType.INSTITUTION);
		assertThat(this.names.typeOf("政企沟通互动平台", "平台", "")).isEmpty();
	}

	@Test
	void rejectsCountedSlogans() {
		assertThat(this.names.typeOf("一区一园一中心一飞地", "飞地", "")).isEmpty();
	}

	@Test
	void rejectsVendorSolutionsAndHeadings() {
		assertThat(this.names.typeOf("服务商开发陶瓷行业专用解决方案", "方案", "推动")).isEmpty();
		assertThat(this.names.typeOf("（一）强化规划", "规划", "")).isEmpty();
	}

	@Test
	void anchorsAgenciesOnDistrictsOutsideTheLexicon() {
		assertThat(this.names.typeOf("坊子区人大常委会", "常委会", "")).contains(EntityType.AGENCY);
	}

	@Test
	void takesNoProgrammeFromTheRoleSomethingIsTakenAs() {
		assertThat(this.names.typeOf("一号工程", "工程", "我市坚持把招商引资作为“")).isEmpty();
		assertThat(this.names.typeOf("绿色制造工程", "工程", "深入实施")).contains(EntityType.PROGRAMME);
	}

	@Test
	void takesNoListFromAPublicNoticeReferredTo() {
		String name = ProperNames.NON_NAME_PREFIX.matcher("对公示名单").replaceFirst("");
		assertThat(this.names.typeOf(name, "名单", "任何单位和个人如")).isEmpty();
	}

	@Test
	void takesAPoolForOneKindOfFirmAsAProgrammeButNotAPoolOfAnyFirm() {
		assertThat(this.names.typeOf("高新技术企业培育库", "培育库", "下步，我们将建立")).contains(EntityType.PROGRAMME);
		assertThat(this.names.typeOf("企业培育库", "培育库", "二是建立")).isEmpty();
	}

}

package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class NoticeTitleRecogniserTests {

	private final NoticeTitleRecogniser recogniser = new NoticeTitleRecogniser(Sentences.LEXICONS);

	@Test
	void takesTheListANoticePublishesNotTheNotice() {
		List<List<Mention>> mentions = this.recogniser
			.recognise(Sentences.analyseAll("浙江省科学技术厅关于公布2024年度省级产业创新服务综合体创建名单的通知\n"));
		assertThat(Sentences.names(mentions.get(0), EntityType.PROGRAMME))
			.containsExactly("2024年度省级产业创新服务综合体创建名单");
	}

	@Test
	void takesThePlanANoticeIssuesWithItsPeriod() {
		List<List<Mention>> mentions = this.recogniser.recognise(
				Sentences.analyseAll("滁州市人民政府办公室关于印发滁州市推进光伏产业高质量发展三年行动计划（2024—2026年）的通知\n"));
		assertThat(Sentences.names(mentions.get(0), EntityType.PROGRAMME))
			.containsExactly("滁州市推进光伏产业高质量发展三年行动计划（2024—2026年）");
	}

	@Test
	void takesTheAgencyThatStartsTheTitle() {
		List<List<Mention>> mentions = this.recogniser.recognise(
				Sentences.analyseAll("滁州市人民政府办公室关于印发滁州市推进光伏产业高质量发展三年行动计划（2024—2026年）的通知\n"));
		assertThat(Sentences.names(mentions.get(0), EntityType.AGENCY)).containsExactly("滁州市人民政府办公室");
	}

	@Test
	void findsTheListOfTheAnnexLineWhereverTheProseNamesIt() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				确定温岭市泵与电机产业创新服务综合体等10家综合体列入2024年度省级产业创新服务综合体创建名单，现予以公布。
				　　附件：2024年度省级产业创新服务综合体创建名单
				"""));
		assertThat(mentions).allSatisfy((sentence) -> assertThat(sentence).extracting(Mention::type, Mention::name)
			.containsExactly(tuple(EntityType.PROGRAMME,
					"2024年度省级产业创新服务综合体创建名单")));
	}

	@Test
	void takesALineThatNamesAListByItself() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				附件
				2023年度省级重点技术改造项目名单
				"""));
		assertThat(Sentences.names(mentions.get(1))).containsExactly("2023年度省级重点技术改造项目名单");
	}

	@Test
	void readsTheHonourOfAListAsItsAliasButNotInsideATitle() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				根据《关于开展2023年度台州市级专精特新中小企业认定工作的通知》，确定36家企业为2023年度台州市级专精特新中小企业，现予公布。
				附件：2023年度台州市级专精特新中小企业名单
				"""));
		assertThat(mentions.get(0)).singleElement()
			.satisfies((mention) -> assertThat(mention.aliases()).containsExactly("2023年度台州市级专精特新中小企业"))
			.extracting(Mention::name)
			.isEqualTo("2023年度台州市级专精特新中小企业名单");
	}

	@Test
	void leavesTitlesThatPublishNoProgrammeAlone() {
		List<List<Mention>> mentions = this.recogniser
			.recognise(Sentences.analyseAll("关于2023年度温州市星级小微企业园评定结果的公示\n附件：申报表\n"));
		assertThat(mentions).allMatch(List::isEmpty);
	}

	@Test
	void leavesTheItemNumberOfAnAnnexOutOfTheListsName() {
		List<List<Mention>> mentions = this.recogniser.recognise(Sentences.analyseAll("""
				附件：1.2024年度嘉兴市星级小微企业园名单
				      2.2024年度嘉兴市小微企业园优秀运营服务机构名单
				"""));
		assertThat(Sentences.names(mentions.get(0))).containsExactly("2024年度嘉兴市星级小微企业园名单");
		assertThat(Sentences.names(mentions.get(1))).containsExactly("2024年度嘉兴市小微企业园优秀运营服务机构名单");
	}

}

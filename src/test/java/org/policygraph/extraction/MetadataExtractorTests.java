package org.policygraph.extraction;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTests {

	private final MetadataExtractor extractor = new MetadataExtractor();

	@Test
	void readsTheHeaderOfAReplyToADelegate() {
		String text = """
				                               类别号标记：A
				慈溪市经济和信息化局文件
				慈经信建〔2017〕5号                          签发人：龚激红
				对市十七届人大一次会议第239号建议的答复

				胡国锋代表：

				您在市十七届人大一次会议期间提出的《关于加快发展制造业的建议》（第239号建议）收悉。
				以《关于印发“中国制造2025”试点示范建设慈溪实施方案的通知》（慈工推进办〔2017〕3号）文件精神为依据。
				                           慈溪市经济和信息化局

				2017年7月3日
				抄  送：市人大代表工委，市政府办公室。
				""";
		DocumentMetadata metadata = this.extractor.extract(text);
		assertThat(metadata).isEqualTo(new DocumentMetadata("对市十七届人大一次会议第239号建议的答复", "慈溪市经济和信息化局",
				"慈经信建〔2017〕5号", LocalDate.of(2017, 7, 3), 239, "胡国锋", "市十七届人大一次会议"));
	}

	@Test
	void joinsATitleBrokenOverTwoLinesAndTakesTheSignatureAgency() {
		String text = " 对市十七届人大五次会议\n第166号建议的答复\n\n童建立代表：\n您在市十七届人大五次会议期间提交的建议收悉。\n"
				+ "最后，再次感谢您对我们科技工作的关心和支持！\n\n慈溪市科学技术局\n2021年6月22日\n";
		DocumentMetadata metadata = this.extractor.extract(text);
		assertThat(metadata.title()).isEqualTo("对市十七届人大五次会议第166号建议的答复");
		assertThat(metadata.agency()).isEqualTo("慈溪市科学技术局");
		assertThat(metadata.date()).isEqualTo(LocalDate.of(2021, 6, 22));
		assertThat(metadata.docNumber()).isNull();
	}

	@Test
	void readsTheSessionOfACountyCongressAndAGreetedDelegate() {
		String text = "\n余姚市经济和信息化局\n\n\n关于余姚市人大十八届一次会议第61号建议的答复\n\n尊敬的张锡璐代表：\n"
				+ "[bookmark: _GoBack]您提出的《关于优化产业结构和提高企业可持续性发展的建议》已收悉。\n";
		DocumentMetadata metadata = this.extractor.extract(text);
		assertThat(metadata).isEqualTo(new DocumentMetadata("关于余姚市人大十八届一次会议第61号建议的答复", "余姚市经济和信息化局",
				null, null, 61, "张锡璐", "余姚市人大十八届一次会议"));
	}

	@Test
	void leavesTheWordsOfReplyingOutOfTheSession() {
		String text = "\n东阳市人力资源和社会保障局\n\n关于对市十八届人大三次会议第12号建议的答复\n\n王明代表：\n"
				+ "您提出的《关于加强技能人才培养的建议》收悉。\n";
		assertThat(this.extractor.extract(text).session()).isEqualTo("市十八届人大三次会议");
	}

	@Test
	void leavesLabelledHeaderFieldsAndBracketedNotesOutOfTheTitle() {
		String text = "石狮市商务局\n石商建〔2024〕15号\n公开方式：主动公开\n（此件公开发布）\n"
				+ "对市十七届人大三次会议第89号建议的答复\n王丽华代表：\n您提出的建议收悉。\n";
		DocumentMetadata metadata = this.extractor.extract(text);
		assertThat(metadata.title()).isEqualTo("对市十七届人大三次会议第89号建议的答复");
		assertThat(metadata.session()).isEqualTo("市十七届人大三次会议");
	}

	@Test
	void readsTheIssuerAndNumberOfANotice() {
		String text = "慈溪市人民政府办公室关于印发慈溪市产业创新服务综合体建设行动计划（2019—2021年）的通知\n慈政办发〔2019〕86号\n"
				+ "各镇人民政府、街道办事处，市政府各部门：\n现将《慈溪市产业创新服务综合体建设行动计划（2019—2021年）》印发给你们，请认真贯彻执行。\n"
				+ "慈溪市人民政府办公室\n2019年9月5日\n";
		DocumentMetadata metadata = this.extractor.extract(text);
		assertThat(metadata).isEqualTo(new DocumentMetadata("慈溪市人民政府办公室关于印发慈溪市产业创新服务综合体建设行动计划（2019—2021年）的通知",
				"慈溪市人民政府办公室", "慈政办发〔2019〕86号", LocalDate.of(2019, 9, 5), null, null, null));
	}

	@Test
	void readsTheHeaderOfAReplyToACppccProposal() {
		String text = "佛山市工业和信息化局\n佛工信提〔2024〕21号                          签发人：黄建明\n类别：A\n\n"
				+ "对市政协十届二次会议第153号提案的答复\n\n陈志斌委员：\n您在市政协十届二次会议上提出的提案收悉。\n\n"
				+ "佛山市工业和信息化局\n2024年5月20日\n";
		DocumentMetadata metadata = this.extractor.extract(text);
		assertThat(metadata).isEqualTo(new DocumentMetadata("对市政协十届二次会议第153号提案的答复", "佛山市工业和信息化局",
				"佛工信提〔2024〕21号", LocalDate.of(2024, 5, 20), 153, "陈志斌", "市政协十届二次会议"));
	}

	@Test
	void takesTheAgencySigningAboveTheDateWhenAnAnnexFollows() {
		String text = "关于2023年度温州市星级小微企业园评定结果的公示\n\n各县（市、区）经信局，各有关单位：\n现将评定结果予以公示。\n\n"
				+ "温州市经济和信息化局\n2024年3月18日\n\n附件\n\n2023年度温州市星级小微企业园名单\n\n序号\t园区名称\t所在地\n"
				+ "1\t瓯海智造小微企业园\t瓯海区\n2\t乐清智能电气小微企业园\t乐清市\n3\t瑞安汽摩配产业小微企业园\t瑞安市\n"
				+ "4\t鹿城鞋都智创小微企业园\t鹿城区\n5\t龙湾高新智造小微企业园\t龙湾区\n";
		DocumentMetadata metadata = this.extractor.extract(text);
		assertThat(metadata.agency()).isEqualTo("温州市经济和信息化局");
		assertThat(metadata.date()).isEqualTo(LocalDate.of(2024, 3, 18));
	}

	@Test
	void readsANumberInSquareBracketsWithAsciiColons() {
		String text = "潍坊市工业和信息化局文件\n\n潍工信建[2024]21号                    签发人:刘志强\n\n"
				+ "对市十八届人大二次会议第158号建议的答复\n\n王建华代表:\n您的建议收悉.\n\n潍坊市工业和信息化局\n2024年6月18日\n";
		DocumentMetadata metadata = this.extractor.extract(text);
		assertThat(metadata).isEqualTo(new DocumentMetadata("对市十八届人大二次会议第158号建议的答复", "潍坊市工业和信息化局",
				"潍工信建[2024]21号", LocalDate.of(2024, 6, 18), 158, "王建华", "市十八届人大二次会议"));
	}

	@Test
	void namesTheFirstSignerOfAJointProposalAndFindsItsNumberInTheOpening() {
		String text = "关于推动陶瓷产业数字化转型的提案的答复\n\n陈志斌、李明委员：\n"
				+ "您在市政协十届二次会议上提出的《关于推动陶瓷产业数字化转型的提案》（第153号提案）收悉。\n";
		DocumentMetadata metadata = this.extractor.extract(text);
		assertThat(metadata.delegate()).isEqualTo("陈志斌");
		assertThat(metadata.suggestionNo()).isEqualTo(153);
		assertThat(this.extractor.extract("答复\n\n王建华等5位代表：\n您的建议收悉。\n").delegate()).isEqualTo("王建华");
	}

}

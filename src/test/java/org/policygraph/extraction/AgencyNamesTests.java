package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyNamesTests {

	private final MentionRecognition recognition = new MentionRecognition(Sentences.LEXICONS);

	@Test
	void recognisesCustomsAndCommitteesOfTheCppcc() {
		List<Mention> mentions = this.recognition
			.recognise(Sentences.analyse("抄送：市政协提案委，市政府办公室，市经信局，市财政局，永康海关。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).containsExactly("市政协提案委", "市政府办公室", "市经信局",
				"市财政局", "永康海关");
	}

	@Test
	void recognisesTheAgencyOfACityTheLexiconDoesNotKnow() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse("广德市商务局积极推进招商。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).containsExactly("广德市商务局");
	}

	@Test
	void leavesTheCitiesWithDistrictsOfAProvinceAsNoAgency() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse(
				"前将上年度建设进展情况和服务绩效报送所在设区市科技局，经审核汇总后报省科技厅。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).doesNotContain("设区市科技局");
	}

	@Test
	void takesATownsPeoplesCongressOnlyWhereItsNameEndsTheClause() {
		List<Mention> copied = this.recognition.recognise(Sentences.analyse("抄送：市工信局，丁蜀镇人大。"));
		List<Mention> session = this.recognition.recognise(Sentences.analyse("关于余姚市人大十八届一次会议第61号建议的答复"));
		assertThat(Sentences.names(copied, EntityType.AGENCY)).containsExactly("市工信局", "丁蜀镇人大");
		assertThat(Sentences.names(session, EntityType.AGENCY)).isEmpty();
	}

	@Test
	void takesNoQuotedSloganEndingLikeAnAgencyForOne() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse("整合28项服务事项，实现人才服务“一码通办”。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).isEmpty();
	}

	@Test
	void keepsTheVerbOfACommitteesPortfolio() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse("抄送：省人大常委会人事代表选举工作委员会"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).containsExactly("省人大常委会人事代表选举工作委员会");
	}

	@Test
	void takesNoAgencyFromAWordEndingInJuAfterAQuote() {
		List<Mention> mentions = this.recognition.recognise(Sentences.analyse("进一步优化“一区多园”空间布局和产业分工。"));
		assertThat(Sentences.names(mentions, EntityType.AGENCY)).isEmpty();
	}

}

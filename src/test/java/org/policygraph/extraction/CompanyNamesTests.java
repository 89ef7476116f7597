package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where company and bank names begin, on sentences of the development documents. */
class CompanyNamesTests {

	private final HeadNounRecogniser recogniser = new HeadNounRecogniser(Sentences.LEXICONS);

	private List<String> companies(String sentence) {
		return Sentences.names(this.recogniser.recognise(Sentences.analyse(sentence)), EntityType.ENTERPRISE);
	}

	@Test
	void startsAfterACategoryOfFirms() {
		assertThat(companies("光伏组件龙头企业安徽旭曜新能源股份有限公司、电池片龙头企业滁州晶澜光伏科技有限公司要发挥龙头带动作用。"))
			.containsExactly("安徽旭曜新能源股份有限公司", "滁州晶澜光伏科技有限公司");
	}

	@Test
	void findsAHoldingCompanyByItsHead() {
		assertThat(companies("我市设立规模5亿元的太仓市科技创新引导基金，联合元禾控股、太仓市资产经营集团有限公司共同发起设立天使投资子基金。"))
			.contains("元禾控股", "太仓市资产经营集团有限公司");
	}

	@Test
	void keepsA和OpeningATradeNameAfterItsPlace() {
		assertThat(companies("推动浙江和合滤材股份有限公司（和合滤材）等企业开展新材料研发应用。"))
			.containsExactly("浙江和合滤材股份有限公司");
	}

	@Test
	void keepsTheCharacterHanlpSplitsAfterThePlaceInTheTradeName() {
		assertThat(companies("浙江沃川传动科技股份有限公司、新昌县天岳轴承有限公司等12家企业列入县级培育库。"))
			.containsExactly("浙江沃川传动科技股份有限公司", "新昌县天岳轴承有限公司");
	}

	@Test
	void keepsA和InsideATradeName() {
		assertThat(companies("滁州盛和逆变器科技有限公司、凤阳金石英新材料有限公司已列入首批光伏企业梯度培育库。"))
			.containsExactly("滁州盛和逆变器科技有限公司", "凤阳金石英新材料有限公司");
	}

	@Test
	void keepsANounThatGovernsProgrammesInsideABanksName() {
		assertThat(companies("潍坊银行，中国建设银行潍坊分行与市工业和信息化局签订战略合作协议。"))
			.contains("潍坊银行", "中国建设银行潍坊分行")
			.doesNotContain("银行潍坊分行");
	}

	@Test
	void takesNoPhraseHanlpJoinedToABankAcrossAPreposition() {
		assertThat(companies("企业为实施技术改造项目向银行借款的，按同期贷款市场报价利率的50%给予贴息。")).isEmpty();
	}

	@Test
	void keepsATradeNameVerbAfterThePlaceAndTheDeveloperOfAPark() {
		assertThat(companies("江阴华科新材料有限公司、江苏远航重型装备集团有限公司等6家企业入选。"))
			.contains("江苏远航重型装备集团有限公司");
		assertThat(companies("组建长兴经开区开发建设集团有限公司，负责园区开发运营。"))
			.containsExactly("长兴经开区开发建设集团有限公司");
	}

}

// Two documents of the seed corpus as the loader would write them (src/docs/graph-model.md), with real sentences.
CREATE (d0:Document {id: '000_d731860091b711b0', title: '对市十八届人大一次会议第106号建议的答复',
	agency: '慈溪市经济和信息化局', suggestionNo: 106, delegate: '毛海霞', session: '市十八届人大一次会议',
	contentHash: 'seed-0', importedAt: datetime('2026-11-23T10:00:00Z')})
CREATE (d1:Document {id: '001_e4f206c805cd707a', title: '对市十七届人大一次会议第239号建议的答复',
	agency: '慈溪市经济和信息化局', docNumber: '慈经信建〔2017〕5号', date: date('2017-06-20'), suggestionNo: 239,
	delegate: '胡国锋', session: '市十七届人大一次会议', contentHash: 'seed-1',
	importedAt: datetime('2026-11-23T10:00:01Z')})

CREATE (appliances:Entity:Industry {name: '智能家电', aliases: ['智能家电产业'], aliasText: '智能家电产业'})
CREATE (cars:Entity:Industry {name: '汽车制造', aliases: [], aliasText: ''})
CREATE (manufacturing:Entity:Industry {name: '制造业', aliases: [], aliasText: ''})
CREATE (upgradePlan:Entity:Programme {name: '慈溪市深化推进传统制造业改造提升2.0版实施方案（2021-2023年）',
	aliases: [], aliasText: ''})
CREATE (futureFactories:Entity:Programme {name: '宁波市未来工厂名单', aliases: [], aliasText: ''})
CREATE (pilots:Entity:Programme {name: '市级智能化（自动化）成套装备改造试点示范项目', aliases: [], aliasText: ''})
CREATE (bull:Entity:Enterprise {name: '公牛电器', aliases: ['公牛集团'], aliasText: '公牛集团'})
CREATE (park:Entity:Park {name: '慈溪智能家电高新技术产业园区', aliases: [], aliasText: ''})
CREATE (tengneng:Entity:Enterprise {name: '腾能智能', aliases: [], aliasText: ''})
CREATE (kaibo:Entity:Enterprise {name: '凯波集团', aliases: [], aliasText: ''})
CREATE (talent:Entity:TalentScheme {name: '上林英才计划', aliases: ['上林英才'], aliasText: '上林英才'})

CREATE (d0)-[:MENTIONS {count: 2, aliases: ['智能家电']}]->(appliances)
CREATE (d0)-[:MENTIONS {count: 1, aliases: ['汽车制造']}]->(cars)
CREATE (d0)-[:MENTIONS {count: 1, aliases: ['慈溪市深化推进传统制造业改造提升2.0版实施方案（2021-2023年）']}]->(upgradePlan)
CREATE (d0)-[:MENTIONS {count: 1, aliases: ['宁波市未来工厂名单']}]->(futureFactories)
CREATE (d0)-[:MENTIONS {count: 1, aliases: ['公牛电器']}]->(bull)
CREATE (d0)-[:MENTIONS {count: 1, aliases: ['慈溪智能家电高新技术产业园区']}]->(park)
CREATE (d0)-[:MENTIONS {count: 1, aliases: ['腾能智能']}]->(tengneng)
CREATE (d0)-[:MENTIONS {count: 1, aliases: ['凯波集团']}]->(kaibo)
CREATE (d1)-[:MENTIONS {count: 1, aliases: ['智能家电产业']}]->(appliances)
CREATE (d1)-[:MENTIONS {count: 3, aliases: ['制造业']}]->(manufacturing)
CREATE (d1)-[:MENTIONS {count: 1, aliases: ['市级智能化（自动化）成套装备改造试点示范项目']}]->(pilots)
CREATE (d1)-[:MENTIONS {count: 1, aliases: ['公牛集团']}]->(bull)
CREATE (d1)-[:MENTIONS {count: 2, aliases: ['“上林英才”计划']}]->(talent)

CREATE (upgradePlan)-[:TARGETS {documentId: '000_d731860091b711b0', start: 227, end: 444,
	sentence: '出台《慈溪市深化推进传统制造业改造提升2.0版实施方案（2021-2023年）》，编制完成慈溪市制造业高质量发展“十四五”规划以及慈溪市“十四五”科技创新发展规划，十四五期间，慈溪市将聚焦推动智能家电、关键基础件、汽车制造三大传统产业改造提升，着力推进产业基础高级化和产业链现代化，构建传统制造业智能化改造、智能工厂（车间）打造、单项冠军培育、产品工业设计、互联网+制造（平台、产品）、绿色制造示范创建、落后产能淘汰等全方位政策体系。'}]->(appliances)
CREATE (upgradePlan)-[:TARGETS {documentId: '000_d731860091b711b0', start: 227, end: 444,
	sentence: '出台《慈溪市深化推进传统制造业改造提升2.0版实施方案（2021-2023年）》，编制完成慈溪市制造业高质量发展“十四五”规划以及慈溪市“十四五”科技创新发展规划，十四五期间，慈溪市将聚焦推动智能家电、关键基础件、汽车制造三大传统产业改造提升，着力推进产业基础高级化和产业链现代化，构建传统制造业智能化改造、智能工厂（车间）打造、单项冠军培育、产品工业设计、互联网+制造（平台、产品）、绿色制造示范创建、落后产能淘汰等全方位政策体系。'}]->(cars)
CREATE (bull)-[:LISTED_IN {documentId: '000_d731860091b711b0', start: 751, end: 864,
	sentence: '2021年新入围省级数字化车间培育库项目10个，新申报2021年度省级数字化车间项目6个，17家企业项目列入宁波市级数字化车间（智能工厂）名单，公牛电器、奥云德电器列入宁波市未来工厂名单，传统制造业企业新增工业机器人410台。'}]->(futureFactories)
CREATE (bull)-[:IN_INDUSTRY {documentId: '000_d731860091b711b0', start: 751, end: 864,
	sentence: '2021年新入围省级数字化车间培育库项目10个，新申报2021年度省级数字化车间项目6个，17家企业项目列入宁波市级数字化车间（智能工厂）名单，公牛电器、奥云德电器列入宁波市未来工厂名单，传统制造业企业新增工业机器人410台。'}]->(appliances)
CREATE (bull)-[:IN_INDUSTRY {documentId: '001_e4f206c805cd707a', start: 1568, end: 1658,
	sentence: '指导公牛集团和德曼压缩机公司开展窄带物联网等新一代通信技术在新产品和服务体系中的应用试点，我市33家企业列入宁波工业物联网统计候选名单，福尔达等3家企业申报工信部两化融合贯标试点。'}]->(appliances)
// PARTNERS_WITH is stored in an arbitrary direction.
CREATE (kaibo)-[:PARTNERS_WITH {documentId: '000_d731860091b711b0', start: 560, end: 703,
	sentence: '多种形式推进企业智能化改造，腾能智能与凯波集团共建全国首条电熨斗柔性装配示范线已交付使用，蓝卓团队与龙华汽配共建数字化车间，广东精工智能为家电行业装配环节数字化改造和企业数字化工厂深度合作，中科院沈阳自动化所与家电企业就电熨斗、电吹风等小家电智能制造技术和成套装备合作开发项目正式签约。'}]->(tengneng)
CREATE (park)-[:FOCUSES_ON {documentId: '000_d731860091b711b0', start: 2600, end: 2691,
	sentence: '出台慈溪市开发区（园区）整合提升方案制定，慈溪智能家电高新技术产业园区申报省级高新园区，园区（筹）列入浙江省开发区（园区）名单（2021年版），完成园区发展定位、项目管理等前期研究。'}]->(appliances)
CREATE (pilots)-[:TARGETS {documentId: '001_e4f206c805cd707a', start: 734, end: 784,
	sentence: '对列入本市级智能化（自动化）成套装备改造试点示范项目按设备投入额的15%给予不超过500万元的奖励；'}]->(appliances)
CREATE (talent)-[:SUPPORTS {documentId: '001_e4f206c805cd707a', start: 1931, end: 2034,
	sentence: '近年来，我市大力实施人才强市战略，高度重视制造业人才的引进和培育，相继推出“上林英才”计划、“企业人才储备计划”、“百名紧缺经济管理人才培养计划”等一系列人才引进培育的专项计划，以人才驱动制造业的转型升级。'}]->(manufacturing)

CREATE (reward:Measure {id: '001_e4f206c805cd707a#1', instrument: '奖励', amountYuan: 5000000, ratePercent: 15.0,
	documentId: '001_e4f206c805cd707a', start: 734, end: 784,
	sentence: '对列入本市级智能化（自动化）成套装备改造试点示范项目按设备投入额的15%给予不超过500万元的奖励；'})
CREATE (fund:Measure {id: '001_e4f206c805cd707a#2', instrument: '资金', amountYuan: 15000000,
	documentId: '001_e4f206c805cd707a', start: 795, end: 887,
	sentence: '设立1500万元资金，加快企业信息化、智能化、网络化建设，分别对企业软件应用、家电采购智能模块、培育引进制造工程服务公司、企业信息化资质提升、企业互联网+平台搭建等多方面给予一定扶持。'})
CREATE (grant:Measure {id: '001_e4f206c805cd707a#3', instrument: '经费支持', amountYuan: 5000000,
	documentId: '001_e4f206c805cd707a', start: 4468, end: 4500,
	sentence: '对入选“上林英才”计划的创新人才，给予最高500万元的经费支持。'})
CREATE (reward)-[:STATED_IN]->(d1), (fund)-[:STATED_IN]->(d1), (grant)-[:STATED_IN]->(d1)
CREATE (reward)-[:FOR]->(pilots), (fund)-[:FOR]->(appliances), (grant)-[:FOR]->(talent)

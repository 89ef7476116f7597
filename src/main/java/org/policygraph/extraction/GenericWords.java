package org.policygraph.extraction;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells a proper name from a kind of thing: 数字化车间名单 or 省级企业研究院 are made only of generic modifiers before
 * their head, 上林英才创业园 is not. Place names count as generic too (宁波市企业研究院 is a category of institute).
 */
class GenericWords {

	private static final Set<String> WORDS = Set.of("省", "市", "县", "区", "镇", "级", "省级", "市级", "国家", "国家级",
			"县级", "全省", "全市", "全县", "全区", "部分", "企业", "工业", "产业", "专业", "重点", "示范", "科技", "创新", "服务", "管理", "工作", "专项",
			"政府", "部门", "行业", "小微", "数字化", "智能", "研发", "技术", "高新", "园", "开发", "建设", "发展", "实施", "推进",
			"领导", "试点", "人才", "项目", "中小企业", "规上企业", "新型", "高端", "特色", "主", "平台", "机构", "公共", "培训",
			"两个", "六个", "十大", "招商", "运营", "生产", "制造", "商务", "经济", "社会", "中心", "基地", "评价", "政策", "配套",
			"扶持", "工程", "研究", "统筹", "标杆", "典型", "一体化", "合作", "交流", "组织", "行动", "计划", "战略", "业务", "主管",
			"分", "职业", "技能", "民办", "综合", "组建", "重大", "物业", "咨询", "软件", "系统", "集成", "设备", "金融", "融资",
			"担保", "投资", "宝贵", "建议", "答复", "具体", "代表", "创投", "并购", "重组", "不良资产", "金融服务",
			"智能制造", "概念性", "市场化", "整体", "总体", "年度", "全域", "各类", "现代化", "信息化", "专题", "党政", "主要",
			"区域", "国际", "国内", "地方", "上级", "基层", "乡镇", "村级", "街道", "社区", "单位", "成员", "核心", "联合",
			"培育", "宏观", "法规", "设计", "细分", "动态", "示范区", "体系", "企业家", "一家", "新", "新认定", "认定",
			"党委", "以往", "新时期", "格局", "科研", "高校", "院所", "大型", "品牌", "质量", "标准", "省内", "首个", "引才", "星级", "一星级",
			"二星级", "三星级", "四星级", "五星级", "考核", "有关", "事项", "上市", "改造", "高质量", "高能级", "能级", "标准化",
			"专业化", "智慧", "现代", "未来", "公示");

	private final List<String> places;

	private final List<String> words;

	private final List<String> barePlaces;

	private final List<String> sectors;

	GenericWords(Lexicons lexicons) {
		this.places = Stream.concat(lexicons.regions().stream(), lexicons.regionShortForms().keySet().stream())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		this.barePlaces = lexicons.regionShortForms().keySet().stream().toList();
		this.sectors = lexicons.industries().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		this.words = Stream.concat(WORDS.stream(), this.places.stream())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}

	/**
	 * Whether the modifier is made only of generic words (an empty modifier is generic).
	 * @param placesMakeProper whether a leading place name makes the name proper, as it does for institutes and
	 * programmes (宁波市重大科技攻关项目) but not for parks (慈溪市开发区)
	 */
	boolean isGeneric(String modifier, boolean placesMakeProper) {
		if (placesMakeProper && this.places.stream().anyMatch(modifier::startsWith) && !modifier.endsWith("企业")
				&& !modifier.contains("级")) {
			return false;
		}
		return covers(modifier, 0);
	}

	/**
	 * Whether the modifier starts with a place in its bare form (潍坊 in 潍坊高新技术产业开发区), as the names of parks
	 * do; a place with its suffix (慈溪市开发区) names a category of the place's parks.
	 */
	boolean startsWithBarePlace(String modifier) {
		return this.barePlaces.stream()
			.anyMatch((place) -> modifier.startsWith(place) && modifier.length() >= place.length()
					&& (modifier.length() == place.length() || "省市县区".indexOf(modifier.charAt(place.length())) < 0));
	}

	/** The sectors of the industry lexicon, longest first. */
	List<String> sectorsByLength() {
		return this.sectors;
	}

	private boolean covers(String text, int from) {
		if (from == text.length()) {
			return true;
		}
		for (String word : this.words) {
			if (text.startsWith(word, from) && covers(text, from + word.length())) {
				return true;
			}
		}
		return false;
	}

}

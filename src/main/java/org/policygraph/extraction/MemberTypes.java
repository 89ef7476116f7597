package org.policygraph.extraction;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Types the members of an enumeration by their own heads, by the category word that closes it, or by the sectors they
 * name.
 */
class MemberTypes {

	private final Lexicons lexicons;

	private final GenericWords generic;

	MemberTypes(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.generic = new GenericWords(lexicons);
	}

	/** 煤山新能源小微企业园、夹浦纺织小微企业园等4个园区: members that all end with heads of one type are of it. */
	Optional<EntityType> headed(String[] members) {
		List<Optional<EntityType>> types = Arrays.stream(members)
			.map((member) -> this.lexicons.headOf(member).map(this.lexicons.heads()::get))
			.distinct()
			.toList();
		return (types.size() == 1) ? types.get(0) : Optional.empty();
	}

	/** Whether a member ends with a firm's head (…有限公司, …集团). */
	boolean includesFirm(String[] members) {
		return Arrays.stream(members)
			.map(this.lexicons::headOf)
			.anyMatch((head) -> head.isPresent() && this.lexicons.heads().get(head.get()) == EntityType.ENTERPRISE);
	}

	/** The type the category word closing the enumeration gives its members (等3家企业, 等10家数字化服务商, 等4个园区, 等单位). */
	Optional<EntityType> byCategory(String category, String rest, String[] members) {
		return switch (category) {
			case "企业", "公司", "服务商", "供应商", "运营商" -> Optional.of(EntityType.ENTERPRISE);
			case "产业链", "产业", "行业", "门类" -> Optional.of(EntityType.INDUSTRY);
			case "小微企业园", "园区" -> Optional.of(EntityType.PARK);
			case "小镇", "乡镇", "镇街", "镇", "街道" -> towns(members);
			case "单位" -> headInClause(rest)
				.or(() -> includesFirm(members) ? Optional.of(EntityType.ENTERPRISE) : Optional.empty());
			default -> Optional.empty();
		};
	}

	/** 周巷、观海卫等智能家电小镇: members without a head of their own (the first trimmed of the verbs before it) are the towns themselves. */
	private Optional<EntityType> towns(String[] members) {
		for (int i = 0; i < members.length; i++) {
			boolean tooLong = i > 0 && members[i].length() > 4;
			if (tooLong || this.lexicons.headOf(members[i]).isPresent()) {
				return Optional.empty();
			}
		}
		return Optional.of(EntityType.REGION);
	}

	private Optional<EntityType> headInClause(String rest) {
		String clause = rest.split("[，。；]", 2)[0];
		return this.lexicons.heads()
			.entrySet()
			.stream()
			.filter((head) -> clause.endsWith(head.getKey()))
			.map((head) -> head.getValue())
			.findFirst();
	}

	/**
	 * 博泰生物、鸿德光电等企业: members that each put a trade name (two characters that are no sector, place or generic
	 * word) before their sector word are firms, not sectors.
	 */
	boolean tradeNamed(String[] members) {
		return Arrays.stream(members).allMatch((member) -> this.lexicons.industries().stream()
			.filter(member::endsWith)
			.max(Comparator.comparingInt(String::length))
			.filter((sector) -> member.length() >= sector.length() + 2)
			.map((sector) -> member.substring(member.length() - sector.length() - 2, member.length() - sector.length()))
			.filter((prefix) -> !this.lexicons.industries().contains(prefix) && !this.generic.isGeneric(prefix, false)
					&& !this.lexicons.startsWithPlace(prefix))
			.isPresent());
	}

	/** Whether most members name a sector (家电、装备、仪器仪表). */
	boolean namesIndustries(String[] members) {
		int industries = 0;
		for (String member : members) {
			if (this.lexicons.industries().stream().anyMatch(member::contains)) {
				industries++;
			}
		}
		return industries * 2 > members.length;
	}

}

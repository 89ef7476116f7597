package org.policygraph.extraction;

import java.util.Arrays;
import java.util.Optional;

/** The eight entity types of the annotation guideline; the first five are the core types. */
public enum EntityType {

	/** 政策项目: a named policy instrument, plan, action or list. */
	PROGRAMME("Programme", true),
	/** 人才计划: a named talent scheme. */
	TALENT_SCHEME("TalentScheme", true),
	/** 园区: a park, zone, incubator or other carrier for industry. */
	PARK("Park", true),
	/** 企业: a company, group, bank or fund. */
	ENTERPRISE("Enterprise", true),
	/** 产业: an industry, sector or industrial chain. */
	INDUSTRY("Industry", true),
	/** 机构: a government body or Party/NPC organ. */
	AGENCY("Agency", false),
	/** 事业单位: a university, institute, association or school. */
	INSTITUTION("Institution", false),
	/** 地区: an administrative place. */
	REGION("Region", false);

	private final String label;

	private final boolean core;

	EntityType(String label, boolean core) {
		this.label = label;
		this.core = core;
	}

	/** The name used in the gold files and as the Neo4j label. */
	public String label() {
		return this.label;
	}

	public boolean isCore() {
		return this.core;
	}

	public static Optional<EntityType> fromLabel(String label) {
		return Arrays.stream(values()).filter((type) -> type.label.equals(label)).findFirst();
	}

}

package org.policygraph.extraction;

import java.util.Arrays;
import java.util.Optional;

/** The eight relation types of the annotation guideline; their names are also the Neo4j relationship types. */
public enum RelationType {

	/** Programme → Industry. */
	TARGETS,
	/** TalentScheme → Industry. */
	SUPPORTS,
	/** Park → Industry. */
	FOCUSES_ON,
	/** Enterprise, Park or Institution → Region or Park. */
	LOCATED_IN,
	/** Enterprise → Industry. */
	IN_INDUSTRY,
	/** Enterprise or Park → Programme. */
	LISTED_IN,
	/** Undirected partnership between enterprises, institutions, agencies and regions. */
	PARTNERS_WITH,
	/** Programme → Agency or Region. */
	ISSUED_BY;

	public boolean isUndirected() {
		return this == PARTNERS_WITH;
	}

	public static Optional<RelationType> fromName(String name) {
		return Arrays.stream(values()).filter((type) -> type.name().equals(name)).findFirst();
	}

}

package org.policygraph.extraction;

import java.util.Set;

/**
 * Which merges of different names the extractor may make, so that a wrong merge can be undone by configuration.
 *
 * @param agencyShortForms whether an agency's short form joins the one full name in the document it can stand for
 * (市经信局 and 慈溪市经济和信息化局)
 * @param keptApart names that are never merged into another name (a short form or a name without its suffix); they
 * stay entities of their own
 */
public record AliasRules(boolean agencyShortForms, Set<String> keptApart) {

	/** Every merge rule on, no name kept apart. */
	public static final AliasRules ALL = new AliasRules(true, Set.of());

	public AliasRules {
		keptApart = Set.copyOf(keptApart);
	}

	boolean allows(String alias) {
		return !this.keptApart.contains(alias);
	}

}

package org.policygraph.extraction.evaluation;

import java.util.Collections;
import java.util.Set;

/**
 * One entity as scoring sees it: its canonical name for display and the normalised forms of all its names.
 *
 * @param name canonical name as written
 * @param forms normalised name and aliases, empty forms left out
 */
record EntityNames(String name, Set<String> forms) {

	/** Whether the two entities share a name, the guideline's entity match. */
	boolean matches(EntityNames other) {
		return !Collections.disjoint(this.forms, other.forms);
	}

}

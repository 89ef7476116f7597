package org.policygraph.query;

import java.util.List;

/**
 * An industry with how much of the graph points at it.
 *
 * @param name the canonical name
 * @param aliases other surface forms, over all documents
 * @param measures measures for the industry itself or for a programme that targets it, each counted once
 * @param programmes programmes that target it
 * @param parks parks that focus on it
 * @param enterprises enterprises in it
 * @param talentSchemes talent schemes that support it
 */
public record IndustryOverview(String name, List<String> aliases, long measures, long programmes, long parks,
		long enterprises, long talentSchemes) {
}

package org.policygraph.query;

import java.util.List;

/**
 * One page of entities, ordered by name.
 *
 * @param items the entities on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems how many entities match over all pages
 * @param totalPages how many pages of this size there are
 */
record EntityPage(List<EntitySummary> items, int page, int size, long totalItems, long totalPages) {
}

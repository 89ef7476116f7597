/**
 * Read-only Cypher over HTTP for researchers ({@code POST /api/cypher}): each query is planned with {@code EXPLAIN}
 * and refused unless the plan is read-only and calls nothing outside a small allow-list, then run in a READ
 * transaction with a timeout and a row cap; callers need a {@code researcher} API key, are rate-limited, and every
 * request is written to the {@code policygraph.audit} log.
 */
package org.policygraph.cypher;

/**
 * Read side of the policy graph: Cypher queries projected into response records and the REST controllers that serve
 * them under {@code /api}, with errors as RFC 9457 problem details.
 */
package org.policygraph.query;

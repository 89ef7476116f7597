/**
 * Analytics for planners over the read side: the coverage matrix of measures (industry × instrument, region, year or
 * agency), the gaps in the policy graph, and the profile of one industry for a dashboard card.
 */
package org.policygraph.analytics;

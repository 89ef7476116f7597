/**
 * Chinese questions (问答) over the policy graph: a planner's question is matched against a small catalogue of
 * question templates, its names are recognised with the extractor's lexicons and the names and aliases in the graph,
 * and the template's Cypher answers it with the evidence of each fact. No language model, no network.
 */
package org.policygraph.ask;

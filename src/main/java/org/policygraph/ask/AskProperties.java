package org.policygraph.ask;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the question answering ({@code policygraph.ask.*}).
 *
 * @param maxRows the most rows an answer lists (the {@code $limit} of every template's Cypher)
 */
@ConfigurationProperties("policygraph.ask")
@Validated
record AskProperties(@DefaultValue("100") @Min(1) @Max(1000) int maxRows) {

}

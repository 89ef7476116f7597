package org.policygraph.cli;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jakarta.validation.constraints.NotNull;

import org.springframework.validation.annotation.Validated;

/**
 * Settings of the start-up import.
 *
 * @param importDir directory whose documents {@code serve} imports before it serves
 */
@ConfigurationProperties("policygraph")
@Validated
record ImportProperties(@NotNull @DefaultValue("import") Path importDir) {
}

package org.policygraph.cli;

import org.policygraph.document.DocumentReader;
import org.policygraph.extraction.PolicyExtractor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reading and extraction stages as beans, for the importer that runs inside the application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ImportProperties.class, ExtractionProperties.class })
class CliConfiguration {

	@Bean
	DocumentReader documentReader() {
		return new DocumentReader();
	}

	@Bean
	PolicyExtractor policyExtractor(ExtractionProperties properties) {
		return new PolicyExtractor(properties.aliasRules());
	}

}

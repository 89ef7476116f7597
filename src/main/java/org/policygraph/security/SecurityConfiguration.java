package org.policygraph.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the configured API keys once at start-up and says, by fingerprint only, what it found. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	ApiKeys apiKeys(SecurityProperties properties) {
		ApiKeys keys = ApiKeys.parse(properties.apiKeys());
		if (keys.isEmpty()) {
			logger.info("No API keys configured (policygraph.security.api-keys): endpoints that need a key are off");
		}
		for (String weak : keys.weakKeys()) {
			logger.warn("API key {} is shorter than 16 characters; use a long random key (openssl rand -hex 24)",
					weak);
		}
		return keys;
	}

}

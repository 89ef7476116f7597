package org.policygraph.cypher;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.policygraph.security.ApiKeys;
import org.policygraph.security.RateLimiter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the API-key gate, with its rate limiter, in front of {@code /api/cypher}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CypherProperties.class)
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
		paramName = CypherGate.HEADER, description = "An API key from policygraph.security.api-keys")
class CypherConfiguration implements WebMvcConfigurer {

	private final CypherGate gate;

	CypherConfiguration(ApiKeys keys, CypherProperties properties) {
		this.gate = new CypherGate(keys, new RateLimiter(properties.rateLimit()), properties);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.gate).addPathPatterns("/api/cypher");
	}

}

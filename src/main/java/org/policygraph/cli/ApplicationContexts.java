package org.policygraph.cli;

import java.util.List;

import org.policygraph.PolicyGraphApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application (Neo4j, loader, and for {@code serve} the web server) with the user's properties. */
final class ApplicationContexts {

	private final List<String> properties;

	ApplicationContexts(List<String> properties) {
		this.properties = properties;
	}

	ConfigurableApplicationContext start(WebApplicationType type) {
		return new SpringApplicationBuilder(PolicyGraphApplication.class).web(type)
			.run(this.properties.toArray(String[]::new));
	}

}

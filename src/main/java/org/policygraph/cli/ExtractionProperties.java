package org.policygraph.cli;

import java.util.List;
import java.util.Set;

import org.policygraph.extraction.AliasRules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Which merges of different names the extractor may make; {@code policygraph merges} lists the merges it made.
 *
 * @param agencyShortForms whether an agency's short form joins the full name it stands for in the same document
 * (市经信局 and 慈溪市经济和信息化局)
 * @param keepApart names never merged into another name, each staying an entity of its own
 */
@ConfigurationProperties("policygraph.extraction")
record ExtractionProperties(@DefaultValue("true") boolean agencyShortForms, @DefaultValue List<String> keepApart) {

	private static final String PREFIX = "policygraph.extraction";

	AliasRules aliasRules() {
		return new AliasRules(this.agencyShortForms, Set.copyOf(this.keepApart));
	}

	/**
	 * The settings for a command that runs without an application context: from its Spring arguments
	 * ({@code --policygraph.extraction.keep-apart=市政府}), system properties and environment variables.
	 */
	static ExtractionProperties of(List<String> springArguments) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource(springArguments.toArray(String[]::new)));
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment)
			.bindOrCreate(PREFIX, ExtractionProperties.class);
	}

}

package org.policygraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Command-line arguments split into Spring properties ({@code --server.port=8081}) and the command's own arguments,
 * so that standard Spring properties work on every command.
 *
 * @param properties arguments that set a Spring property, passed to the application context
 * @param command the rest, parsed by picocli
 */
record SpringArguments(List<String> properties, List<String> command) {

	private static final Pattern PROPERTY = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*");

	static SpringArguments split(String... args) {
		List<String> properties = new ArrayList<>();
		List<String> command = new ArrayList<>();
		for (String arg : args) {
			(PROPERTY.matcher(arg).matches() ? properties : command).add(arg);
		}
		return new SpringArguments(List.copyOf(properties), List.copyOf(command));
	}

}

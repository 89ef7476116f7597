package org.policygraph.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves pieces of the graph as nodes and links for drawing, and the shortest paths between two entities. */
@RestController
@Tag(name = "Graph", description = "Neighbourhoods of the graph as nodes and links; shortest paths between entities")
class GraphController {

	private final GraphExplorer explorer;

	private final PathFinder paths;

	GraphController(GraphExplorer explorer, PathFinder paths) {
		this.explorer = explorer;
		this.paths = paths;
	}

	@GetMapping("/api/graph/neighbourhood")
	@Operation(summary = "Show the nodes around an entity, document or measure and the links among them",
			description = "Nodes are collected breadth first, so when the limit cuts the neighbourhood short the "
					+ "nearest nodes are kept; documents and measures appear as nodes too.")
	GraphView neighbourhood(
			@Parameter(description = "API id of an entity (<Label>:<name>), a document or a measure")
			@RequestParam @NotBlank String id,
			@Parameter(description = "Hops from the node, 1 to 3")
			@RequestParam(defaultValue = "1") @Min(1) @Max(3) int depth,
			@Parameter(description = "Most nodes to return, 1 to 500")
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		return this.explorer.neighbourhood(id.strip(), depth, limit);
	}

	@GetMapping("/api/graph/path")
	@Operation(summary = "Find the shortest paths between two entities, with the evidence for every step",
			description = PathDocumentation.DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "The shortest paths; none when the entities are further apart",
			content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "programme to industry",
					value = PathDocumentation.EXAMPLE)))
	@ApiResponse(responseCode = "400", description = "A malformed id, the same entity twice, maxHops outside 1 to 4",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No entity with one of the ids",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "422", description = "The search ran longer than 10 s (type query-timeout)",
			content = @Content(mediaType = "application/problem+json"))
	GraphPaths path(
			@Parameter(description = "API id of the entity to start at, <Label>:<name>",
					example = "Programme:浙江制造") @RequestParam @NotBlank String from,
			@Parameter(description = "API id of the entity to reach, <Label>:<name>", example = "Industry:智能家电")
			@RequestParam @NotBlank String to,
			@Parameter(description = "Longest path to look for, 1 to 4 hops", example = "3")
			@RequestParam(defaultValue = "3") @Min(1) @Max(4) int maxHops,
			@Parameter(description = "Also pass through measures (FOR) and/or documents (MENTIONS): "
					+ "measures, documents, or both comma-separated; fact relationships only when absent",
					example = "measures") @RequestParam(required = false) List<String> through,
			@Parameter(description = "Most paths to return, 1 to 100", example = "10")
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		EntityId start = EntityId.parse(from.strip());
		EntityId end = EntityId.parse(to.strip());
		if (start.equals(end)) {
			throw new InvalidParameterException(
					"Parameters 'from' and 'to' name the same entity '%s'.".formatted(start));
		}
		return this.paths.paths(start, end, maxHops, intermediaries(through), limit);
	}

	private static Set<Intermediary> intermediaries(List<String> through) {
		Set<Intermediary> intermediaries = EnumSet.noneOf(Intermediary.class);
		if (through != null) {
			through.stream().filter((value) -> !value.isBlank()).map(Intermediary::of).forEach(intermediaries::add);
		}
		return intermediaries;
	}

}

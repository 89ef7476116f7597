package org.policygraph.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves pieces of the graph as nodes and links for drawing. */
@RestController
@Tag(name = "Graph", description = "Neighbourhoods of the graph as nodes and links")
class GraphController {

	private final GraphExplorer explorer;

	GraphController(GraphExplorer explorer) {
		this.explorer = explorer;
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

}

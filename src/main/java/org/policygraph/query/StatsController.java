package org.policygraph.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the size of the graph. */
@RestController
@Tag(name = "Statistics", description = "Size of the graph")
class StatsController {

	private final GraphStatistics statistics;

	StatsController(GraphStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/stats")
	@Operation(summary = "Count documents, nodes per label and relationships per type")
	Stats stats() {
		return this.statistics.stats();
	}

}

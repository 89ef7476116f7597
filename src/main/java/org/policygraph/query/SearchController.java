package org.policygraph.query;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves full-text search over entity names and aliases. */
@RestController
@Tag(name = "Search", description = "Full-text search over entity names and aliases")
class SearchController {

	private final EntitySearch search;

	SearchController(EntitySearch search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search entities by name or alias, best match first",
			description = "Chinese text matches by overlapping character pairs; "
					+ "Lucene operators in q are taken literally.")
	List<SearchHit> search(
			@Parameter(description = "Words to find, at most 200 characters")
			@RequestParam @NotBlank @Size(max = 200) String q,
			@Parameter(description = "Most hits to return, 1 to 100")
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.search.search(q, limit);
	}

}

package org.policygraph.query;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policygraph.query.IndustryCatalogue.Link;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the industries of the graph and what is linked to each of them. */
@RestController
@RequestMapping("/api/industries")
@Tag(name = "Industries",
		description = "Industries and the measures, programmes, parks, enterprises and talent schemes aimed at them")
class IndustryController {

	private static final String NAME = "Canonical name of the industry, or one of its aliases";

	private final IndustryCatalogue industries;

	IndustryController(IndustryCatalogue industries) {
		this.industries = industries;
	}

	@GetMapping
	@Operation(summary = "List industries with counts of what is linked to them",
			description = "A measure counts for an industry when it is FOR the industry or FOR a programme that "
					+ "TARGETS it; each measure counts once.")
	List<IndustryOverview> industries() {
		return this.industries.overview();
	}

	@GetMapping("/{name}/measures")
	@Operation(summary = "List the measures for an industry, directly or through a programme, talent scheme or park linked to it")
	List<IndustryMeasure> measures(@Parameter(description = NAME) @PathVariable String name) {
		return this.industries.measures(name);
	}

	@GetMapping("/{name}/programmes")
	@Operation(summary = "List the programmes that target an industry")
	List<LinkedEntity> programmes(@Parameter(description = NAME) @PathVariable String name) {
		return this.industries.linked(name, Link.PROGRAMMES);
	}

	@GetMapping("/{name}/parks")
	@Operation(summary = "List the parks that focus on an industry")
	List<LinkedEntity> parks(@Parameter(description = NAME) @PathVariable String name) {
		return this.industries.linked(name, Link.PARKS);
	}

	@GetMapping("/{name}/enterprises")
	@Operation(summary = "List the enterprises in an industry")
	List<LinkedEntity> enterprises(@Parameter(description = NAME) @PathVariable String name) {
		return this.industries.linked(name, Link.ENTERPRISES);
	}

	@GetMapping("/{name}/talent-schemes")
	@Operation(summary = "List the talent schemes that support an industry")
	List<LinkedEntity> talentSchemes(@Parameter(description = NAME) @PathVariable String name) {
		return this.industries.linked(name, Link.TALENT_SCHEMES);
	}

}

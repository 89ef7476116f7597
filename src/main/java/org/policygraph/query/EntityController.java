package org.policygraph.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.policygraph.extraction.EntityType;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves entities page by page and one at a time with everything linked to them. */
@RestController
@RequestMapping("/api/entities")
@Tag(name = "Entities", description = "Programmes, talent schemes, parks, enterprises, industries, agencies, "
		+ "institutions and regions")
class EntityController {

	private final EntityDirectory entities;

	EntityController(EntityDirectory entities) {
		this.entities = entities;
	}

	@GetMapping
	@Operation(summary = "List entities by type and name, a page at a time")
	EntityPage entities(
			@Parameter(description = "Entity type label: Programme, TalentScheme, Park, Enterprise, Industry, Agency, "
					+ "Institution or Region; all types when absent") @RequestParam(required = false) String type,
			@Parameter(description = "Substring of the name or an alias, ignoring case")
			@RequestParam(required = false) String q,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "Page size, 1 to 100")
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		EntityType entityType = (type == null || type.isBlank()) ? null : EntityId.typeOf(type.strip());
		return this.entities.page(entityType, q, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Show an entity with its documents, relationships and measures")
	EntityDetail entity(
			@Parameter(description = "Entity id, <Label>:<name>, such as Industry:智能家电") @PathVariable String id) {
		return this.entities.detail(EntityId.parse(id));
	}

}

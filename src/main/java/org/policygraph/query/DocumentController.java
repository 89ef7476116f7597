package org.policygraph.query;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the loaded documents and the facts extracted from each. */
@RestController
@RequestMapping("/api/documents")
@Tag(name = "Documents", description = "Loaded policy documents and the facts extracted from them")
class DocumentController {

	private final DocumentCatalogue documents;

	DocumentController(DocumentCatalogue documents) {
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "List the loaded documents with their header facts and counts of extracted facts")
	List<DocumentSummary> documents() {
		return this.documents.documents();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Show a document with its entities, relationships and measures")
	DocumentDetail document(
			@Parameter(description = "Document id, its file name without extension") @PathVariable String id) {
		return this.documents.document(id);
	}

}

package org.policygraph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Serves the graph, whole or a subgraph, as a download in JSON, GraphML or zipped CSV. */
@RestController
@Tag(name = "Export", description = "The graph as a file for Gephi, yEd, spreadsheets and scripts")
class ExportController {

	private static final Logger log = LoggerFactory.getLogger(ExportController.class);

	private final Subgraphs subgraphs;

	private final GraphExport export;

	ExportController(Subgraphs subgraphs, GraphExport export) {
		this.subgraphs = subgraphs;
		this.export = export;
	}

	@GetMapping("/api/export")
	@Operation(summary = "Download the graph or a subgraph as JSON, GraphML or zipped CSV",
			description = ExportDocumentation.DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "The export as an attachment, streamed",
			content = { @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "json", value = ExportDocumentation.JSON_EXAMPLE)),
					@Content(mediaType = "application/graphml+xml",
							examples = @ExampleObject(name = "graphml", value = ExportDocumentation.GRAPHML_EXAMPLE)),
					@Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"),
							examples = @ExampleObject(name = "csv", value = ExportDocumentation.CSV_EXAMPLE)) })
	@ApiResponse(responseCode = "400", description = "An unknown format or type, or both type and industry",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No industry with that name or alias",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<StreamingResponseBody> export(
			@Parameter(description = "csv (a zip of nodes.csv and relationships.csv), json or graphml",
					example = "graphml") @RequestParam(defaultValue = "json") String format,
			@Parameter(description = "Only entities of this type (Programme, TalentScheme, Park, Enterprise, "
					+ "Industry, Agency, Institution, Region) with their direct neighbours", example = "Park")
			@RequestParam(required = false) String type,
			@Parameter(description = "Only this industry (name or alias) and what lies within hops of it",
					example = "智能家电") @RequestParam(required = false) String industry,
			@Parameter(description = "With industry: 1 or 2 hops", example = "2")
			@RequestParam(defaultValue = "2") @Min(1) @Max(2) int hops) {
		ExportFormat exportFormat = ExportFormat.of(format);
		Subgraph subgraph = this.subgraphs.select(type, industry, hops);
		String fileName = fileName(subgraph.fileStem()) + "." + exportFormat.extension();
		StreamingResponseBody body = (out) -> {
			try {
				this.export.write(subgraph, exportFormat, out);
			}
			catch (RuntimeException | IOException ex) {
				log.warn("Export {} stopped after the response had started: {}", fileName, ex.getMessage());
				throw ex;
			}
		};
		return ResponseEntity.ok()
			.contentType(exportFormat.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/** Characters that Windows, macOS or Linux refuse in a file name become underscores. */
	private static String fileName(String stem) {
		return stem.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]", "_");
	}

}

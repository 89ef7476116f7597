package org.policygraph.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policygraph.query.InvalidParameterException;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves the coverage matrix of measures for planners and the explorer's heat map. */
@RestController
@Tag(name = "Analytics", description = "Coverage, gaps and industry profiles for planners and dashboards")
class CoverageController {

	private static final String DESCRIPTION = """
			Counts measures and sums their known amounts in yuan (amounts and caps as stated) by two dimensions: \
			industry, instrument, region, year or agency. A measure counts for an industry when it is FOR the industry \
			or FOR a programme that TARGETS it, a talent scheme that SUPPORTS it or a park that FOCUSES_ON it, as in /api/industries/{name}/measures; one that reaches two industries \
			counts in both rows, so row totals may add up to more than the total, which counts each measure once. \
			Region, year and agency are those of the document that states the measure: the agency is the document's \
			issuing agency; the year is the year of its date, else the year in its document number (〔2022〕); the \
			region is the longest region whose name opens the agency's name, else the region the document mentions \
			most often. A measure with no value on a dimension counts under the key "(none)", listed last; \
			unassigned=false leaves such measures out. Cells are listed only where measures > 0.""";

	private static final String EXAMPLE = """
			{"rows": "industry", "cols": "instrument", "rowKeys": ["有机硅新材料", "(none)"], "colKeys": ["奖励", "补贴"],
			 "cells": [{"row": "有机硅新材料", "col": "补贴", "measures": 3, "amountYuan": 3100000},
			           {"row": "(none)", "col": "奖励", "measures": 4, "amountYuan": 14000000},
			           {"row": "(none)", "col": "补贴", "measures": 3, "amountYuan": 14293000}],
			 "rowTotals": [{"key": "有机硅新材料", "measures": 3, "amountYuan": 3100000},
			               {"key": "(none)", "measures": 7, "amountYuan": 28293000}],
			 "colTotals": [{"key": "奖励", "measures": 4, "amountYuan": 14000000},
			               {"key": "补贴", "measures": 6, "amountYuan": 17393000}],
			 "total": {"measures": 10, "amountYuan": 31393000}}""";

	private static final String BAD_DIMENSION = """
			{"type": "https://policygraph.org/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
			 "detail": "Parameter 'cols' must be one of industry, instrument, region, year, agency, not 'city'.",
			 "instance": "/api/coverage"}""";

	private final CoverageAnalysis analysis;

	CoverageController(CoverageAnalysis analysis) {
		this.analysis = analysis;
	}

	@GetMapping("/api/coverage")
	@Operation(summary = "Count measures and their amounts by industry × instrument, region, year or agency",
			description = DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "The matrix with row, column and grand totals",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Coverage.class),
					examples = @ExampleObject(name = "matrix", value = EXAMPLE)))
	@ApiResponse(responseCode = "400",
			description = "Unknown rows or cols, rows equal to cols, a year that is not a number, or from after to",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "unknownDimension", value = BAD_DIMENSION)))
	Coverage coverage(
			@Parameter(description = "Dimension of the rows: industry, instrument, region, year or agency",
					example = "industry") @RequestParam(defaultValue = "industry") String rows,
			@Parameter(description = "Dimension of the columns: industry, instrument, region, year or agency",
					example = "instrument") @RequestParam(defaultValue = "instrument") String cols,
			@Parameter(description = "Only measures of documents of this region", example = "慈溪市")
			@RequestParam(required = false) String region,
			@Parameter(description = "Only measures of documents from this year on (inclusive)", example = "2017")
			@RequestParam(required = false) Integer from,
			@Parameter(description = "Only measures of documents up to this year (inclusive)", example = "2022")
			@RequestParam(required = false) Integer to,
			@Parameter(description = "Only measures of documents issued by this agency", example = "慈溪市经济和信息化局")
			@RequestParam(required = false) String agency,
			@Parameter(description = "Count measures with no value on the rows or columns under \"(none)\"",
					example = "true") @RequestParam(defaultValue = "true") boolean unassigned) {
		Dimension rowDimension = Dimension.parse("rows", rows);
		Dimension colDimension = Dimension.parse("cols", cols);
		if (rowDimension == colDimension) {
			throw new InvalidParameterException("Parameters 'rows' and 'cols' must name two different dimensions "
					+ "of " + Dimension.ALLOWED + ", not both '" + rowDimension.parameter() + "'.");
		}
		return this.analysis.coverage(rowDimension, colDimension,
				new CoverageFilter(region, agency, from, to, unassigned));
	}

}

package org.policygraph.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the profile of one industry for a dashboard card. */
@RestController
@Tag(name = "Analytics")
class IndustryProfileController {

	private static final String DESCRIPTION = """
			Programmes, measures (with a summary of amounts, the largest cap and the instruments), parks, enterprises, \
			talent schemes and documents of one industry, each fact with its evidence. Measures are those of \
			/api/industries/{name}/measures: FOR the industry or FOR a programme that TARGETS it. The documents are \
			those that mention the industry or state one of its measures; firstYear and lastYear are the earliest and \
			latest of their years (the year of a document's date, else the year in its document number).""";

	private static final String EXAMPLE = """
			{"id": "Industry:照明灯具", "name": "照明灯具", "aliases": [], "firstYear": 2022, "lastYear": 2022,
			 "measureSummary": {"measures": 1, "amountYuan": 5000000, "largestAmountYuan": 5000000,
			   "largestRatePercent": null, "instruments": [{"instrument": "奖励", "measures": 1, "amountYuan": 5000000}]},
			 "measures": [{"id": "x_plan#1", "instrument": "奖励", "amountYuan": 5000000, "ratePercent": null,
			   "direct": true, "via": [], "evidence": {"documentId": "x_plan", "sentence": "对照明灯具产业给予最高500万元奖励。"}}],
			 "programmes": [{"id": "Programme:全省新一轮质量提升行动11个特色产业名单", "type": "Programme",
			   "name": "全省新一轮质量提升行动11个特色产业名单", "aliases": [],
			   "evidence": [{"documentId": "003_ed207588630f82fd", "sentence": "……"}]}],
			 "parks": [], "enterprises": [], "talentSchemes": [],
			 "documents": [{"id": "003_ed207588630f82fd", "title": "关于余姚市人大十八届一次会议第61号建议的答复",
			   "year": null}, {"id": "x_plan", "title": "照明灯具产业提升行动方案", "year": 2022}]}""";

	private static final String NOT_FOUND = """
			{"type": "https://policygraph.org/problems/not-found", "title": "Not found", "status": 404,
			 "detail": "There is no industry named '不存在的产业'.", "instance": "/api/industries/不存在的产业/profile"}""";

	private final IndustryProfiles profiles;

	IndustryProfileController(IndustryProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/industries/{name}/profile")
	@Operation(summary = "Show one industry for a dashboard card: programmes, measures, parks, enterprises, "
			+ "talent schemes, documents and the years they span", description = DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "The profile",
			content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "profile", value = EXAMPLE)))
	@ApiResponse(responseCode = "404", description = "No industry has this name or alias",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(name = "unknownIndustry", value = NOT_FOUND)))
	IndustryProfile profile(@Parameter(description = "Canonical name of the industry, or one of its aliases",
			example = "智能家电") @PathVariable String name) {
		return this.profiles.profile(name);
	}

}

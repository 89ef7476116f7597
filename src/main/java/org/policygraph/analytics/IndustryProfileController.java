package org.policygraph.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
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
			/api/industries/{name}/measures: FOR the industry, or FOR a programme, talent scheme or park that targets, \
			supports or focuses on it. The documents are \
			those that mention the industry or state one of its measures; firstYear and lastYear are the earliest and \
			latest of their years (the year of a document's date, else the year in its document number).""";

	private static final String EXAMPLE = """
			{"id": "Industry:有机硅新材料", "name": "有机硅新材料", "aliases": [], "firstYear": 2024, "lastYear": 2024,
			 "measureSummary": {"measures": 3, "amountYuan": 3100000, "largestAmountYuan": 2000000,
			   "largestRatePercent": null,
			   "instruments": [{"instrument": "补贴", "measures": 3, "amountYuan": 3100000}]},
			 "measures": [{"id": "x10_county_reply#8", "instrument": "补贴", "amountYuan": 2000000, "ratePercent": null,
			   "direct": true, "via": [], "evidence": {"documentId": "x10_county_reply",
			   "sentence": "二是实施“柘林英才计划”，面向有机硅新材料等重点产业引进高层次人才和团队，对顶尖人才、领军人才、青年拔尖人才分别给予200万元、80万元、30万元安家补贴。"}}],
			 "programmes": [{"id": "Programme:永修县支持有机硅新材料产业高质量发展若干政策措施", "type": "Programme",
			   "name": "永修县支持有机硅新材料产业高质量发展若干政策措施", "aliases": [],
			   "evidence": [{"documentId": "x10_county_reply",
			     "sentence": "县政府于2023年出台了《永修县支持有机硅新材料产业高质量发展若干政策措施》（永府办发〔2023〕21号），从技术改造、研发投入、企业上市、人才引进等方面给予支持。"}]}],
			 "parks": [], "enterprises": [],
			 "talentSchemes": [{"id": "TalentScheme:柘林英才计划", "type": "TalentScheme", "name": "柘林英才计划",
			   "aliases": [], "evidence": [{"documentId": "x10_county_reply", "sentence": "二是实施“柘林英才计划”，……"}]}],
			 "documents": [{"id": "x10_county_reply", "title": "关于县十七届人大三次会议第58号建议的答复", "year": 2024}]}""";

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
					schema = @Schema(implementation = IndustryProfile.class),
					examples = @ExampleObject(name = "profile", value = EXAMPLE)))
	@ApiResponse(responseCode = "404", description = "No industry has this name or alias",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "unknownIndustry", value = NOT_FOUND)))
	IndustryProfile profile(@Parameter(description = "Canonical name of the industry, or one of its aliases",
			example = "智能家电") @PathVariable String name) {
		return this.profiles.profile(name);
	}

}

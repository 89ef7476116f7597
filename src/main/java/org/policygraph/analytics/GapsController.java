package org.policygraph.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the gaps of the policy graph for planners. */
@RestController
@Tag(name = "Analytics")
class GapsController {

	private static final String DESCRIPTION = """
			Three lists, each item with the documents behind it (id, title, year). targetedWithoutMeasures: industries \
			that a programme TARGETS but that no measure with an amount or a rate reaches (FOR the industry or FOR a \
			programme that targets it), with the programmes and the documents that state the targets. \
			singleInstrument: industries whose measures all use one instrument, with the documents of the measures. \
			talentSchemesWithoutIndustry: talent schemes with no SUPPORTS relationship to an industry, with the \
			documents that mention them.""";

	private static final String EXAMPLE = """
			{"targetedWithoutMeasures": [{"id": "Industry:照明灯具", "name": "照明灯具",
			   "programmes": ["Programme:全省新一轮质量提升行动11个特色产业名单"],
			   "documents": [{"id": "003_ed207588630f82fd", "title": "关于余姚市人大十八届一次会议第61号建议的答复",
			                  "year": null}]}],
			 "singleInstrument": [{"id": "Industry:有机硅新材料", "name": "有机硅新材料", "instrument": "补贴",
			   "measures": 3, "documents": [{"id": "x10_county_reply", "title": "关于县十七届人大三次会议第58号建议的答复",
			                                 "year": 2024}]}],
			 "talentSchemesWithoutIndustry": [{"id": "TalentScheme:上林英才计划", "name": "上林英才计划",
			   "documents": [{"id": "001_e4f206c805cd707a", "title": "对市十七届人大一次会议第239号建议的答复",
			                  "year": 2017}]}]}""";

	private final GapFinder finder;

	GapsController(GapFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/api/gaps")
	@Operation(summary = "List targeted industries without quantified measures, one-instrument industries and "
			+ "talent schemes without a target industry", description = DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "The three lists, each ordered by name",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Gaps.class),
					examples = @ExampleObject(name = "gaps", value = EXAMPLE)))
	Gaps gaps() {
		return this.finder.gaps();
	}

}

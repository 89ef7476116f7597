package org.policygraph.cypher;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Matches a problem detail of the Cypher endpoint: status, stable type, a detail, and nothing internal. */
final class CypherProblems {

	private CypherProblems() {
	}

	static ResultMatcher problem(int status, String type) {
		ResultMatcher[] matchers = { status().is(status),
				content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
				jsonPath("$.type").value("https://policygraph.org/problems/" + type),
				jsonPath("$.status").value(status), jsonPath("$.title").value(not(emptyOrNullString())),
				jsonPath("$.detail").value(not(emptyOrNullString())), jsonPath("$.trace").doesNotExist(),
				content().string(not(containsStringIgnoringCase("exception"))),
				content().string(not(containsStringIgnoringCase("org.springframework"))),
				content().string(not(containsStringIgnoringCase("org.neo4j"))),
				content().string(not(containsStringIgnoringCase("\tat "))) };
		return (result) -> {
			for (ResultMatcher matcher : matchers) {
				matcher.match(result);
			}
		};
	}

}

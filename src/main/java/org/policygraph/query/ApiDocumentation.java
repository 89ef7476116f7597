package org.policygraph.query;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.context.annotation.Configuration;

/** Describes the HTTP API as a whole in the OpenAPI document that springdoc serves at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "PolicyGraph API", version = "0.1",
		description = "Read-only access to the knowledge graph of Chinese industrial-policy documents: industries, "
				+ "entities, measures and documents, each fact with the sentence that states it. Errors are RFC 9457 "
				+ "problem details whose type URI (https://policygraph.org/problems/...) is stable."))
class ApiDocumentation {

}

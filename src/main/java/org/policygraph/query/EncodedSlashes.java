package org.policygraph.query;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets a name that holds a slash travel in one path segment as {@code %2F} ({@code /api/entities/Industry:汽车%2F摩托车}):
 * Tomcat refuses such paths by default with a bare HTML 400, while Spring decodes the segment into the path variable.
 */
@Configuration(proxyBeanMethods = false)
class EncodedSlashes {

	@Bean
	TomcatConnectorCustomizer encodedSlashesPassedThrough() {
		return (connector) -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}

}

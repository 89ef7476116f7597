package org.policygraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code policygraph.security.*}).
 *
 * @param apiKeys comma-separated {@code key:role} pairs, e.g. {@code 3f9c…e1:researcher}; empty means no key is
 * accepted and the endpoints that need one are off (environment: {@code POLICYGRAPH_SECURITY_API_KEYS})
 */
@ConfigurationProperties("policygraph.security")
public record SecurityProperties(@DefaultValue("") String apiKeys) {

}

/**
 * API keys for endpoints that are not open to everyone: keys and their roles from
 * {@code policygraph.security.api-keys}, compared in constant time, known in logs only by a short fingerprint, and a
 * token bucket per key that limits how often it may call.
 */
package org.policygraph.security;

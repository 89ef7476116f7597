package org.policygraph.security;

/**
 * The holder of a configured API key as requests see it: the key's fingerprint (never the key) and its role.
 *
 * @param fingerprint short, stable name of the key for logs, see {@link ApiKeys#fingerprint(String)}
 * @param role the role the key was configured with, such as {@code researcher}
 */
public record Caller(String fingerprint, String role) {

	/** Whether this caller holds the given role. */
	public boolean hasRole(String wanted) {
		return this.role.equals(wanted);
	}

}

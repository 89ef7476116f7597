package org.policygraph.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApiKeysTests {

	@Test
	void findsTheRoleOfAConfiguredKey() {
		ApiKeys keys = ApiKeys.parse(" alpha-key-0123456789:researcher , beta-key-0123456789:planner ");
		assertThat(keys.find("alpha-key-0123456789")).contains(
				new Caller(ApiKeys.fingerprint("alpha-key-0123456789"), "researcher"));
		assertThat(keys.find("beta-key-0123456789").map(Caller::role)).contains("planner");
	}

	@Test
	void findsNoCallerForUnknownMissingOrNearlyRightKeys() {
		ApiKeys keys = ApiKeys.parse("alpha-key-0123456789:researcher");
		assertThat(keys.find("alpha-key-012345678")).isEmpty();
		assertThat(keys.find("alpha-key-01234567890")).isEmpty();
		assertThat(keys.find("ALPHA-KEY-0123456789")).isEmpty();
		assertThat(keys.find("")).isEmpty();
		assertThat(keys.find(null)).isEmpty();
	}

	@Test
	void takesTheRoleAfterTheLastColon() {
		assertThat(ApiKeys.parse("a:b:c-0123456789abcdef:researcher").find("a:b:c-0123456789abcdef"))
			.map(Caller::role)
			.contains("researcher");
	}

	@Test
	void blankConfigurationMeansNoKeys() {
		assertThat(ApiKeys.parse("").isEmpty()).isTrue();
		assertThat(ApiKeys.parse(null).isEmpty()).isTrue();
		assertThat(ApiKeys.parse("  ").isEmpty()).isTrue();
	}

	@Test
	void refusesMalformedPairsWithoutRepeatingTheKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeys.parse("good-key-0123456789:researcher,secret"))
			.withMessageContaining("pair 2")
			.withMessageNotContaining("secret");
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeys.parse("secret:"));
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeys.parse(":researcher"));
	}

	@Test
	void namesKeysInLogsByAShortFingerprintOnly() {
		String fingerprint = ApiKeys.fingerprint("alpha-key-0123456789");
		assertThat(fingerprint).matches("key:[0-9a-f]{8}").doesNotContain("alpha");
		assertThat(ApiKeys.fingerprint("alpha-key-0123456789")).isEqualTo(fingerprint);
		assertThat(ApiKeys.fingerprint("alpha-key-0123456788")).isNotEqualTo(fingerprint);
	}

	@Test
	void pointsOutShortKeys() {
		ApiKeys keys = ApiKeys.parse("short:researcher,long-enough-key-0123:researcher");
		assertThat(keys.weakKeys()).containsExactly(ApiKeys.fingerprint("short"));
	}

}

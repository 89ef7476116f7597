package org.policygraph.security;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimiterTests {

	private final AtomicLong now = new AtomicLong();

	private final RateLimiter limiter = new RateLimiter(6, this.now::get);

	@Test
	void grantsAMinutesWorthAtOnceThenSaysHowLongToWait() {
		for (int i = 0; i < 6; i++) {
			assertThat(this.limiter.acquire("a")).isZero();
		}
		assertThat(this.limiter.acquire("a")).isEqualTo(10);
	}

	@Test
	void refillsEvenlyOverTheMinute() {
		for (int i = 0; i < 6; i++) {
			this.limiter.acquire("a");
		}
		this.now.addAndGet(TimeUnit.SECONDS.toNanos(4));
		assertThat(this.limiter.acquire("a")).isEqualTo(6);
		this.now.addAndGet(TimeUnit.SECONDS.toNanos(6));
		assertThat(this.limiter.acquire("a")).isZero();
		assertThat(this.limiter.acquire("a")).isEqualTo(10);
	}

	@Test
	void neverHoldsMoreThanAMinutesWorth() {
		this.now.addAndGet(TimeUnit.HOURS.toNanos(1));
		for (int i = 0; i < 6; i++) {
			assertThat(this.limiter.acquire("a")).isZero();
		}
		assertThat(this.limiter.acquire("a")).isPositive();
	}

	@Test
	void keepsABucketPerCaller() {
		for (int i = 0; i < 6; i++) {
			this.limiter.acquire("a");
		}
		assertThat(this.limiter.acquire("a")).isPositive();
		assertThat(this.limiter.acquire("b")).isZero();
	}

	@Test
	void refusesARateBelowOnePerMinute() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimiter(0));
	}

}

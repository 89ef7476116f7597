package org.policygraph.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller: each holds up to {@code perMinute} tokens, refilled evenly over a minute, and every
 * request takes one; an empty bucket tells how many seconds until the next token.
 */
public final class RateLimiter {

	private static final long NANOS_PER_MINUTE = 60_000_000_000L;

	private final int perMinute;

	private final LongSupplier nanoClock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/** A limiter on the system's monotonic clock. */
	public RateLimiter(int perMinute) {
		this(perMinute, System::nanoTime);
	}

	RateLimiter(int perMinute, LongSupplier nanoClock) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("the rate limit must allow at least 1 request per minute");
		}
		this.perMinute = perMinute;
		this.nanoClock = nanoClock;
	}

	/** Takes a token for the caller: 0 when granted, otherwise the whole seconds to wait before trying again. */
	public long acquire(String caller) {
		Bucket bucket = this.buckets.computeIfAbsent(caller,
				(key) -> new Bucket(this.perMinute, this.nanoClock.getAsLong()));
		synchronized (bucket) {
			return bucket.take(this.perMinute, this.nanoClock.getAsLong());
		}
	}

	/** One caller's tokens (fractions accrue between requests) and when they were last topped up. */
	private static final class Bucket {

		private double tokens;

		private long refilledAt;

		Bucket(int capacity, long now) {
			this.tokens = capacity;
			this.refilledAt = now;
		}

		long take(int perMinute, long now) {
			double tokensPerNano = (double) perMinute / NANOS_PER_MINUTE;
			this.tokens = Math.min(perMinute, this.tokens + (now - this.refilledAt) * tokensPerNano);
			this.refilledAt = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			double nanosToWait = (1 - this.tokens) / tokensPerNano;
			return Math.max(1, (long) Math.ceil(nanosToWait / 1_000_000_000d));
		}

	}

}

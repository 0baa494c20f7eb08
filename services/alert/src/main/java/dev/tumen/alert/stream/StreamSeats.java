package dev.tumen.alert.stream;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stream clients per access token (probe of session 31). {@link StreamHub} bounds the clients of an instance
 * ({@code tumen.alert.stream.max-clients}, 500), but not who holds them: one {@code read} token opened 500 streams and
 * every other client, an {@code admin} token's included, was refused 503 for as long as it kept them open. A token now
 * holds at most {@code tumen.alert.stream.max-clients-per-token} (default 50; {@code 0}: no bound); one more is refused
 * 503 {@code too-many-stream-clients-per-token} with {@code Retry-After}. Without a token (dev) there is no bound but the
 * instance's. Counted per token name; a name's count is dropped when it reaches zero, so the map holds only tokens with
 * an open stream.
 */
public final class StreamSeats {
    private final int perToken;
    private final Duration retryAfter;
    private final ConcurrentHashMap<String, AtomicInteger> held = new ConcurrentHashMap<>();

    public StreamSeats(int perToken, Duration retryAfter) {
        if (perToken < 0) {
            throw new IllegalArgumentException("tumen.alert.stream.max-clients-per-token must not be negative, got " + perToken);
        }
        this.perToken = perToken;
        this.retryAfter = retryAfter;
    }

    /**
     * Takes a seat for {@code token} (a token's name; {@code null} without one); run the answer when the stream ends.
     *
     * @throws StreamHub.Unavailable when the token holds its maximum already
     */
    public Runnable take(String token) {
        if (token == null || perToken == 0) {
            return () -> { };
        }
        boolean[] taken = new boolean[1];
        held.compute(token, (k, n) -> {
            AtomicInteger count = n == null ? new AtomicInteger() : n;
            if (count.get() < perToken) {
                count.incrementAndGet();
                taken[0] = true;
            }
            return count.get() == 0 ? null : count;
        });
        if (!taken[0]) {
            throw new StreamHub.Unavailable("too-many-stream-clients-per-token", "the token '" + token + "' already holds "
                    + perToken + " open streams, the most one token may (tumen.alert.stream.max-clients-per-token); close one first",
                    retryAfter);
        }
        AtomicInteger once = new AtomicInteger();
        return () -> {
            if (once.getAndIncrement() == 0) {
                held.computeIfPresent(token, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
            }
        };
    }

    /** Streams held by {@code token} now. */
    public int held(String token) {
        AtomicInteger n = held.get(token);
        return n == null ? 0 : n.get();
    }

    /** Tokens holding a stream now. */
    public int tokens() {
        return held.size();
    }
}

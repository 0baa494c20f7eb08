package dev.tumen.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * At most one request per host per interval: each caller reserves the next free slot of its host and
 * waits for it, so concurrent feed polls and fetches to one outlet queue up instead of bursting.
 */
public class HostRateLimiter {
    private final long intervalNanos;
    /** host -> the last slot handed out. */
    private final ConcurrentHashMap<String, Long> lastSlot = new ConcurrentHashMap<>();

    public HostRateLimiter(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Blocks until {@code host} may be contacted; returns how long it waited. */
    public Duration acquire(String host) {
        if (intervalNanos <= 0) {
            return Duration.ZERO;
        }
        long now = System.nanoTime();
        long slot = lastSlot.compute(host.toLowerCase(Locale.ROOT),
                (h, last) -> last == null || last + intervalNanos - now <= 0 ? now : last + intervalNanos);
        long wait = slot - now;
        if (wait <= 0) {
            return Duration.ZERO;
        }
        long deadline = slot;
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Duration.ofNanos(wait);
    }
}

package dev.tumen.ingest.fetch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * At most one request per host per interval: each caller reserves the next free slot of its host and
 * waits for it, so concurrent feed polls and fetches to one outlet queue up instead of bursting.
 * The slot table is a bounded cache: a host idle for a few intervals is forgotten (its next request may go at once
 * anyway), and a flood of distinct hosts evicts the oldest instead of growing memory.
 */
public class HostRateLimiter {
    /** Hosts remembered at once; more distinct hosts than this within a few intervals is already abuse. */
    static final int MAX_HOSTS = 10_000;
    private final long intervalNanos;
    /** host -> the last slot handed out. */
    private final Cache<String, Long> lastSlot;

    public HostRateLimiter(Duration interval) {
        this(interval, MAX_HOSTS);
    }

    HostRateLimiter(Duration interval, int maxHosts) {
        this.intervalNanos = interval.toNanos();
        this.lastSlot = Caffeine.newBuilder()
                .maximumSize(maxHosts)
                // A slot older than this is in the past: forgetting it changes nothing. Queued callers keep it alive.
                .expireAfterWrite(interval.multipliedBy(4).plusSeconds(60))
                .build();
    }

    /** Blocks until {@code host} may be contacted; returns how long it waited. */
    public Duration acquire(String host) {
        if (intervalNanos <= 0) {
            return Duration.ZERO;
        }
        long now = System.nanoTime();
        long slot = lastSlot.asMap().compute(host.toLowerCase(Locale.ROOT),
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

    /** Hosts currently remembered (for tests and metrics). */
    long trackedHosts() {
        lastSlot.cleanUp();
        return lastSlot.estimatedSize();
    }
}

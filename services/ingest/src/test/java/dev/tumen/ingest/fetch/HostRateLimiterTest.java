package dev.tumen.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostRateLimiterTest {
    @Test
    void spacesRequestsToOneHostButNotToOthers() {
        HostRateLimiter limiter = new HostRateLimiter(Duration.ofMillis(100));
        long start = System.nanoTime();
        assertEquals(Duration.ZERO, limiter.acquire("a.example"));
        assertEquals(Duration.ZERO, limiter.acquire("b.example"));
        limiter.acquire("A.example");
        limiter.acquire("a.example");
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMs >= 190, "third request to a host waits two intervals, took " + elapsedMs);
    }

    @Test
    void remembersABoundedNumberOfHosts() {
        HostRateLimiter limiter = new HostRateLimiter(Duration.ofMillis(1), 100);
        for (int i = 0; i < 5_000; i++) {
            limiter.acquire("host" + i + ".example");
        }
        assertTrue(limiter.trackedHosts() <= 100, "tracked " + limiter.trackedHosts());
    }
}

package dev.tumen.ingest.page;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;

/** Ingest's counters, named {@code tumen.ingest.*} (Prometheus: {@code tumen_ingest_*}). */
public class IngestMetrics {
    private final MeterRegistry registry;

    /** Every way a page arrives, the {@code channel} tag of the page counters. */
    public static final List<String> CHANNELS = List.of("push", "fetch", "feed", "file");

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Counters exist from start-up at zero, so a dashboard or an alert rule sees 0 rather than no series
        // (rate() over a series that appears with its first event misses that event).
        for (String channel : CHANNELS) {
            registry.counter("tumen.ingest.pages.accepted", "channel", channel);
            registry.counter("tumen.ingest.pages.duplicates", "channel", channel);
        }
        for (String outcome : List.of("ok", "not-modified")) {
            registry.counter("tumen.ingest.feed.polls", "outcome", outcome);
        }
    }

    /** For unit tests. */
    public static IngestMetrics inMemory() {
        return new IngestMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void accepted(String channel) {
        registry.counter("tumen.ingest.pages.accepted", "channel", channel).increment();
    }

    public void duplicate(String channel) {
        registry.counter("tumen.ingest.pages.duplicates", "channel", channel).increment();
    }

    public void refused(String channel, String reason) {
        registry.counter("tumen.ingest.refusals", "channel", channel, "reason", reason).increment();
    }

    public void fetched(String outcome, Duration latency) {
        Timer.builder("tumen.ingest.fetch.latency").tag("outcome", outcome)
                .publishPercentileHistogram(false).register(registry).record(latency);
    }

    public void feedPolled(String outcome) {
        registry.counter("tumen.ingest.feed.polls", "outcome", outcome).increment();
    }
}

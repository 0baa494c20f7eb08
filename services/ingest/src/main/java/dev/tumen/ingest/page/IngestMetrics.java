package dev.tumen.ingest.page;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;

/** Ingest's counters, named {@code tumen.ingest.*} (Prometheus: {@code tumen_ingest_*}). */
public class IngestMetrics {
    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
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

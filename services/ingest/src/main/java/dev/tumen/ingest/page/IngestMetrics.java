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

    /**
     * Every {@code reason} of {@code tumen.ingest.refusals}: the refusals ingest throws, the outbound guard's, and
     * the framework's for a body refused before a controller runs. {@code IngestMetricsTest} fails when the code
     * gains a reason that is missing here.
     */
    public static final List<String> REFUSAL_REASONS = List.of("ambiguous-address", "binary-content", "body-too-large", "empty-body",
            "feed-unparseable", "fetch-failed", "fetch-timeout", "forbidden-address", "imports-disabled", "interval-too-short",
            "invalid-field", "invalid-path", "invalid-redirect", "invalid-request", "invalid-url", "kafka-busy", "kafka-unavailable",
            "malformed-json", "metadata-address", "missing-content", "not-an-object", "not-found", "not-json", "page-too-large", "private-address",
            "robots-disallowed", "scheme", "too-many-redirects", "unknown-charset", "unknown-field", "unresolvable",
            "unsupported-content-type", "unsupported-media-type", "upstream-status", "upstream-too-large", "userinfo", "warming-up",
            "wrong-encoding");

    /** Every {@code outcome} of {@code tumen.ingest.fetch.latency}: success, or the reason a fetch stopped. */
    public static final List<String> FETCH_OUTCOMES = List.of("ok", "not-modified", "error", "robots-disallowed", "forbidden-address",
            "private-address", "metadata-address", "ambiguous-address", "unresolvable", "fetch-timeout", "fetch-failed",
            "upstream-too-large", "unsupported-content-type", "upstream-status", "too-many-redirects", "invalid-redirect", "invalid-url",
            "scheme", "userinfo");

    /** Every {@code outcome} of {@code tumen.ingest.feed.polls}. */
    public static final List<String> FEED_POLL_OUTCOMES = List.of("ok", "not-modified", "partial", "failed");

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Every series exists from start-up at zero, so a dashboard or an alert rule sees 0 rather than no series
        // (rate() over a series that appears with its first event misses that event).
        for (String channel : CHANNELS) {
            registry.counter("tumen.ingest.pages.accepted", "channel", channel);
            registry.counter("tumen.ingest.pages.duplicates", "channel", channel);
            for (String reason : REFUSAL_REASONS) {
                registry.counter("tumen.ingest.refusals", "channel", channel, "reason", reason);
            }
        }
        FEED_POLL_OUTCOMES.forEach(outcome -> registry.counter("tumen.ingest.feed.polls", "outcome", outcome));
        FETCH_OUTCOMES.forEach(this::fetchTimer);
    }

    private Timer fetchTimer(String outcome) {
        return Timer.builder("tumen.ingest.fetch.latency").tag("outcome", outcome).publishPercentileHistogram(false).register(registry);
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
        fetchTimer(outcome).record(latency);
    }

    public void feedPolled(String outcome) {
        registry.counter("tumen.ingest.feed.polls", "outcome", outcome).increment();
    }
}

package dev.tumen.ingest.page;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;

/** Ingest's counters, named {@code tumen.ingest.*} (Prometheus: {@code tumen_ingest_*}). */
public class IngestMetrics {
    private final MeterRegistry registry;
    private final Timer acceptTime;
    private final Timer publishTime;

    /** Every way a page arrives, the {@code channel} tag of the page counters. */
    public static final List<String> CHANNELS = List.of("push", "fetch", "feed", "file");

    /**
     * Every {@code reason} of {@code tumen.ingest.refusals}: the refusals ingest throws, the outbound guard's, and
     * the framework's for a body refused before a controller runs. {@code IngestMetricsTest} fails when the code
     * gains a reason that is missing here.
     */
    public static final List<String> REFUSAL_REASONS = List.of("ambiguous-address", "ambiguous-credentials", "bad-content-encoding", "binary-content", "body-too-large", "empty-body",
            "feed-cap", "feed-unparseable", "feeds-loading", "fetch-failed", "fetch-timeout", "forbidden-address", "forbidden-port", "headers-too-large", "imports-disabled",
            "insufficient-scope", "interval-too-short", "invalid-parameter",
            "interrupted", "invalid-field", "invalid-path", "invalid-precondition", "invalid-redirect", "invalid-request", "invalid-url", "json-too-complex", "kafka-busy", "kafka-unavailable",
            "malformed-json", "metadata-address", "missing-content", "not-acceptable", "not-an-object", "not-found", "not-json", "page-too-large", "precondition-failed", "private-address",
            "robots-disallowed", "scheme", "store-behind", "too-many-redirects", "unknown-charset", "unknown-field", "unknown-parameter", "unresolvable",
            "unauthorized", "unsupported-content-type", "unsupported-media-type", "upstream-status", "upstream-too-large", "uri-too-long", "userinfo",
            "warming-up",
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
        // The two stages of a published page's time in ingest, so a benchmark or a dashboard can tell ingest's share
        // of the end-to-end latency from the classifier's (tumen_kafka_loop_record_wait_seconds there).
        acceptTime = Timer.builder("tumen.ingest.accept.time").publishPercentiles(0.5, 0.99)
                .description("a published page from entering the intake (validation, hashing, dedup claim) to Kafka's acknowledgement")
                .register(registry);
        publishTime = Timer.builder("tumen.ingest.publish.time").publishPercentiles(0.5, 0.99)
                .description("a published page from its send to Kafka's acknowledgement").register(registry);
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

    /** A page was published: {@code accept} nanoseconds in the intake in all, of which {@code publish} waiting for Kafka. */
    public void published(long acceptNanos, long publishNanos) {
        acceptTime.record(acceptNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        publishTime.record(publishNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
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

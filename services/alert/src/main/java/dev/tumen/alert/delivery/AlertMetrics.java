package dev.tumen.alert.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The service's own metrics, exposed at {@code /prometheus}. */
@Singleton
public class AlertMetrics {
    private final MeterRegistry registry;
    private final Counter matched;
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> backlog = new ConcurrentHashMap<>();
    private final Timer endToEnd;
    private final Timer labelToRouted;
    private final Timer labelToAttempt;
    private final Timer labelToWritten;
    private final Timer writtenToRouted;
    /** Subscriptions with their own queue and limit series; the rest only count in the totals (bounded cardinality). */
    static final int TAGGED_LANES = 50;
    private final Map<String, SubscriberLane> lanes = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger tagged = new java.util.concurrent.atomic.AtomicInteger();

    public AlertMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.matched = Counter.builder("tumen.alert.matched").description("article/subscription pairs that matched").register(registry);
        this.endToEnd = Timer.builder("tumen.alert.classify.to.delivered")
                .description("from the classifier's label to the subscriber's 2xx").publishPercentileHistogram()
                .register(registry);
        // Where a delivery's time after the label goes: to the article's routing here (the classifier's commit and
        // this service's fetch and poll), then to its first attempt (matching, the story, queueing).
        this.labelToRouted = Timer.builder("tumen.alert.label.to.routed")
                .description("from the classifier's label to this service routing the article").publishPercentileHistogram()
                .register(registry);
        // The routing span split at the article record's timestamp (the classifier's send, once its previous
        // transaction has committed): before it, the rest of the classifier's batch and its wait for that commit;
        // after it, this record's own commit and markers, then this service's fetch and poll.
        this.labelToWritten = Timer.builder("tumen.alert.label.to.written")
                .description("from the classifier's label to its send of the labelled article (the article record's timestamp)")
                .publishPercentileHistogram().register(registry);
        this.writtenToRouted = Timer.builder("tumen.alert.written.to.routed")
                .description("from the article record's timestamp to this service routing the article").publishPercentileHistogram()
                .register(registry);
        this.labelToAttempt = Timer.builder("tumen.alert.label.to.attempt")
                .description("from the classifier's label to a delivery's first attempt starting").publishPercentileHistogram()
                .register(registry);
        Gauge.builder("tumen.alert.delivery.queued", lanes, l -> l.values().stream().mapToInt(SubscriberLane::queued).sum())
                .description("alerts waiting in subscriber queues").register(registry);
        Gauge.builder("tumen.alert.delivery.queued.max", lanes, l -> l.values().stream().mapToInt(SubscriberLane::queued).max().orElse(0))
                .description("the longest subscriber queue").register(registry);
        Gauge.builder("tumen.alert.delivery.queues.full", lanes, l -> l.values().stream().filter(SubscriberLane::full).count())
                .description("subscriber queues at their bound (the consumer pauses)").register(registry);
        // Every outcome exists from start-up at zero, so rate() and alert rules see 0 rather than no series.
        OUTCOMES.forEach(this::outcomeCounter);
        STATUS_CLASSES.forEach(this::latencyTimer);
    }

    /** Every {@code status} tag of {@code tumen.alert.attempt.latency}: a status class, or {@code error} (no answer). */
    public static final List<String> STATUS_CLASSES = List.of("1xx", "2xx", "3xx", "4xx", "5xx", "error");

    private Timer latencyTimer(String klass) {
        return latency.computeIfAbsent(klass, k -> Timer.builder("tumen.alert.attempt.latency").tag("status", k)
                .description("webhook attempt latency").publishPercentileHistogram().register(registry));
    }

    /**
     * Every {@code outcome} tag of {@code tumen.alert.deliveries}: the delivery log's outcomes, and
     * {@code already-delivered}, a retry not attempted because its delivery succeeded after its chain began (no log entry).
     */
    public static final List<String> OUTCOMES = List.of("delivered", "retrying", "exhausted", "gone", "refused", "deferred",
            "cancelled", "auto-paused", "already-delivered");

    private Counter outcomeCounter(String outcome) {
        return outcomes.computeIfAbsent(outcome, o -> Counter.builder("tumen.alert.deliveries").tag("outcome", o)
                .description("delivery attempts and their outcomes").register(registry));
    }

    public void matched(int n) {
        matched.increment(n);
    }

    public void outcome(String outcome) {
        outcomeCounter(outcome).increment();
    }

    public void attempt(int status, Duration took) {
        latencyTimer(status < 100 || status > 599 ? "error" : (status / 100) + "xx").record(took);
    }

    public void delivered(Duration sinceLabelled) {
        if (!sinceLabelled.isNegative()) {
            endToEnd.record(sinceLabelled);
        }
    }

    public void routed(Duration sinceLabelled) {
        if (!sinceLabelled.isNegative()) {
            labelToRouted.record(sinceLabelled);
        }
    }

    /** The routing span's two parts, at the article record's timestamp; a negative part (clock skew) is not recorded. */
    public void written(Duration sinceLabelled, Duration sinceWritten) {
        if (!sinceLabelled.isNegative()) {
            labelToWritten.record(sinceLabelled);
        }
        if (!sinceWritten.isNegative()) {
            writtenToRouted.record(sinceWritten);
        }
    }

    public void firstAttemptStarted(Duration sinceLabelled) {
        if (!sinceLabelled.isNegative()) {
            labelToAttempt.record(sinceLabelled);
        }
    }

    /**
     * A subscriber's queue: counted in the totals, and with its own depth and limit series for the first
     * {@value #TAGGED_LANES} subscribers only, so a deployment with thousands stays within a sane number of series.
     */
    public void lane(SubscriberLane lane) {
        lanes.put(lane.subscriptionId(), lane);
        boolean tag;
        synchronized (tagged) {
            // Live tagged subscribers, so a deleted one's series go to the next subscriber.
            tag = tagged.get() < TAGGED_LANES;
            if (tag) {
                tagged.incrementAndGet();
            }
        }
        if (tag) {
            Gauge.builder("tumen.alert.delivery.queue.depth", lane, SubscriberLane::queued).tag("subscription", lane.subscriptionId())
                    .description("alerts waiting for this subscriber").register(registry);
            Gauge.builder("tumen.alert.delivery.limit", lane, SubscriberLane::limit).tag("subscription", lane.subscriptionId())
                    .description("attempts this subscriber may have in flight now (adaptive)").register(registry);
        }
    }

    /** Drops a deleted subscription's queue from the totals and its own series from the registry. */
    public void forget(String subscriptionId) {
        lanes.remove(subscriptionId);
        backlog.remove(subscriptionId);
        // Only the first TAGGED_LANES live subscribers have a depth series: whether this one did frees a place.
        boolean hadTagged = registry.find("tumen.alert.delivery.queue.depth").tag("subscription", subscriptionId).gauge() != null;
        for (String name : List.of("tumen.alert.delivery.queue.depth", "tumen.alert.delivery.limit", "tumen.alert.retry.backlog")) {
            registry.find(name).tag("subscription", subscriptionId).meters().forEach(registry::remove);
        }
        if (hadTagged) {
            synchronized (tagged) {
                tagged.decrementAndGet();
            }
        }
    }

    /** Series tagged with a subscription id, for tests. */
    long subscriptionSeries() {
        return registry.getMeters().stream().filter(m -> m.getId().getTag("subscription") != null).count();
    }

    /** Retries this instance holds for a subscription (scheduled, not yet attempted). */
    public AtomicInteger backlog(String subscriptionId) {
        return backlog.computeIfAbsent(subscriptionId, id -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder("tumen.alert.retry.backlog", value, AtomicInteger::get).tag("subscription", id)
                    .description("retries waiting for their time, per subscription").register(registry);
            return value;
        });
    }
}

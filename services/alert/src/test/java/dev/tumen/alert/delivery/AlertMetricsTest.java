package dev.tumen.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class AlertMetricsTest {

    @Test
    void everyDeliveryOutcomeAndTheMatchCounterExistAtZeroFromStartUp() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new AlertMetrics(registry);
        for (String outcome : AlertMetrics.OUTCOMES) {
            var counter = registry.find("tumen.alert.deliveries").tag("outcome", outcome).counter();
            assertNotNull(counter, "tumen.alert.deliveries{outcome=" + outcome + "}");
            assertEquals(0.0, counter.count());
        }
        assertEquals(0.0, registry.find("tumen.alert.matched").counter().count());
        for (String status : AlertMetrics.STATUS_CLASSES) {
            var timer = registry.find("tumen.alert.attempt.latency").tag("status", status).timer();
            assertNotNull(timer, "tumen.alert.attempt.latency{status=" + status + "}");
            assertEquals(0, timer.count());
        }
    }

    @Test
    void theTimeAfterTheLabelIsSplitAtRoutingAndTheFirstAttemptAndANegativeSpanIsNotRecorded() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AlertMetrics metrics = new AlertMetrics(registry);
        metrics.routed(java.time.Duration.ofMillis(12));
        metrics.routed(java.time.Duration.ofMillis(-3));
        metrics.firstAttemptStarted(java.time.Duration.ofMillis(15));
        assertEquals(1, registry.find("tumen.alert.label.to.routed").timer().count());
        assertEquals(12.0, registry.find("tumen.alert.label.to.routed").timer().totalTime(java.util.concurrent.TimeUnit.MILLISECONDS));
        assertEquals(1, registry.find("tumen.alert.label.to.attempt").timer().count());
    }

    @Test
    void theRoutingSpanIsSplitAtTheArticleRecordsTimestampAndANegativePartIsNotRecorded() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AlertMetrics metrics = new AlertMetrics(registry);
        metrics.written(java.time.Duration.ofMillis(4), java.time.Duration.ofMillis(9));
        metrics.written(java.time.Duration.ofMillis(-1), java.time.Duration.ofMillis(7));
        assertEquals(1, registry.find("tumen.alert.label.to.written").timer().count());
        assertEquals(4.0, registry.find("tumen.alert.label.to.written").timer().totalTime(java.util.concurrent.TimeUnit.MILLISECONDS));
        assertEquals(2, registry.find("tumen.alert.written.to.routed").timer().count());
        assertEquals(16.0, registry.find("tumen.alert.written.to.routed").timer().totalTime(java.util.concurrent.TimeUnit.MILLISECONDS));
    }

    @Test
    void aDeletedSubscribersSeriesGoAndTheNextSubscriberGetsThem() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AlertMetrics metrics = new AlertMetrics(registry);
        for (int i = 0; i < AlertMetrics.TAGGED_LANES + 5; i++) {
            metrics.lane(new SubscriberLane("sub_" + i, com.netflix.concurrency.limits.limit.FixedLimit.of(4), 10, t -> null, (l, above) -> { }));
            metrics.backlog("sub_" + i).incrementAndGet();
        }
        long series = metrics.subscriptionSeries();
        for (int i = 0; i < AlertMetrics.TAGGED_LANES + 5; i++) {
            metrics.forget("sub_" + i);
        }
        assertEquals(0, metrics.subscriptionSeries(), "of " + series);
        metrics.lane(new SubscriberLane("sub_next", com.netflix.concurrency.limits.limit.FixedLimit.of(4), 10, t -> null, (l, above) -> { }));
        assertNotNull(registry.find("tumen.alert.delivery.queue.depth").tag("subscription", "sub_next").gauge());
    }
}

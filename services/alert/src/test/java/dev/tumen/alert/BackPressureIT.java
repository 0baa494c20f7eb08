package dev.tumen.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import dev.tumen.model.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15: when a subscriber's queue is full the articles consumer pauses its partitions (back-pressure), and resumes
 * once the queue drains; nothing goes to a retry tier, nothing is delivered twice, and health stays up meanwhile.
 */
@ExtendWith(KafkaExtension.class)
class BackPressureIT {

    @Test
    void fullQueuesPauseTheConsumerUntilTheReceiverCatchesUp() throws Exception {
        Map<String, Object> config = AlertHarness.fastRetries();
        // Longer than every await before the gate opens (up to about 50 s): a held attempt that times out is retried and
        // reaches the receiver twice, as at-least-once delivery must (QueueOverflowIT's flake at load 25).
        config.put("tumen.alert.delivery.timeout", "120s");
        config.put("tumen.alert.delivery.max-in-flight-per-subscription", 2);
        config.put("tumen.alert.delivery.initial-in-flight-per-subscription", 2);
        config.put("tumen.alert.delivery.queue-size", 4);
        // The receiver is healthy, only blocked: its queue must not be moved to a retry tier.
        config.put("tumen.alert.delivery.queue-wait", "5m");
        // Short, so the test sees that a loop held by back-pressure does not count as stalled.
        config.put("tumen.alert.failure.stall-timeout", "1s");
        CountDownLatch gate = new CountDownLatch(1);
        try (AlertHarness harness = new AlertHarness(config);
             Receiver receiver = Receiver.heldUntil(gate)) {
            EmbeddedServer app = harness.start();
            MeterRegistry meters = app.getApplicationContext().getBean(MeterRegistry.class);
            String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
            harness.subscribe(app, Map.of("name", "blocked " + token, "url", receiver.url(), "format", "json", "minSeverity", "medium",
                    "keywords", List.of(token)));

            // given: more alerts than the receiver's two attempts plus its queue of four
            List<String> ids = new ArrayList<>();
            publish(harness, token, 12, ids);
            await().atMost(Duration.ofSeconds(20)).until(() -> paused(meters) > 0);
            // Records the loop took before it paused are still being matched and queued: read the queue once settled.
            double queuedWhenPaused = settled(meters);
            assertTrue(queuedWhenPaused >= 4, "queued " + queuedWhenPaused);
            assertTrue(receiver.requests().size() <= 2, "at most the limit on the wire: " + receiver.requests().size());

            // when: more arrive while paused, they stay in Kafka, and the held loop is not reported as stalled
            publish(harness, token, 8, ids);
            // What the loop and the queue did, for the failure message: a wait that times out says nothing of why.
            List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            double[] lowest = {queuedWhenPaused};
            try {
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                        .conditionEvaluationListener(c -> seen.add(c.getElapsedTimeInMS() + " ms: paused " + paused(meters) + ", queued "
                                + gauge(meters, "tumen.alert.delivery.queued") + ", on the wire " + receiver.requests().size()))
                        .until(() -> {
                            double queued = gauge(meters, "tumen.alert.delivery.queued");
                            lowest[0] = Math.min(lowest[0], queued);
                            return paused(meters) > 0 && queued <= queuedWhenPaused;
                        });
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // The receiver answers nothing, so the queue can only shrink when a rebalance calls the queued work off: the
                // group's other member (the retries loop, same group id, another topic) joining late revokes every
                // partition under the eager assignor, and the loop reads them again, the new alerts too (fresh-clone CIs
                // of sessions 13, 21 and 24: queued 10, then 0 while paused, then 18). That is the group's doing, not a
                // held loop reading on: once settled again, the hold must keep.
                if (lowest[0] >= queuedWhenPaused) {
                    throw new AssertionError("held loop: queued " + queuedWhenPaused + " when paused, then " + seen, e);
                }
                double again = settled(meters);
                seen.clear();
                try {
                    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                            .conditionEvaluationListener(c -> seen.add(c.getElapsedTimeInMS() + " ms: paused " + paused(meters) + ", queued "
                                    + gauge(meters, "tumen.alert.delivery.queued") + ", on the wire " + receiver.requests().size()))
                            .until(() -> paused(meters) > 0 && gauge(meters, "tumen.alert.delivery.queued") <= again);
                } catch (org.awaitility.core.ConditionTimeoutException e2) {
                    throw new AssertionError("held loop after a rebalance: queued " + again + " when settled again, then " + seen, e2);
                }
            }
            assertEquals(200, harness.call(app, "GET", "/health", null).statusCode(), "health stays up while paused");

            // then: the receiver catches up, the partitions resume, everything arrives once
            gate.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.requests().size() >= ids.size());
            await().atMost(Duration.ofSeconds(10)).until(() -> paused(meters) == 0);
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            List<String> received = receiver.requests().stream()
                    .map(r -> (String) ((Map<?, ?>) ((Map<?, ?>) Json.read(r.body(), Map.class).get("data")).get("article")).get("id"))
                    .toList();
            assertEquals(ids.size(), received.size(), "exactly once: " + received);
            assertEquals(new HashSet<>(ids), new HashSet<>(received));
            long retries = 0;
            for (int tier = 1; tier <= 3; tier++) {
                retries += TopicCounts.count(harness.prefix + String.format(Topics.DELIVERY_RETRY_FORMAT, tier));
            }
            assertEquals(0, retries, "back-pressure is not a failure: nothing in the retry tiers");
        }
    }

    private static void publish(AlertHarness harness, String token, int n, List<String> ids) throws Exception {
        try (var producer = TestKafka.producer()) {
            for (int i = 0; i < n; i++) {
                String id = "bp" + ids.size() + "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                ids.add(id);
                ArticleLabelled a = Fixtures.article(id, Severity.HIGH, String.format("%016x", UUID.randomUUID().getMostSignificantBits()),
                        "https://news.example/" + id, token);
                producer.send(new ProducerRecord<>(harness.articles(), 0, id, Json.bytes(a))).get();
            }
        }
    }

    /** The queue's length once it has not changed for a second while the loop stays paused. */
    private static double settled(MeterRegistry meters) {
        double[] last = {-1};
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            double now = gauge(meters, "tumen.alert.delivery.queued");
            boolean steady = now == last[0] && paused(meters) > 0;
            last[0] = now;
            return steady;
        });
        return last[0];
    }

    private static double paused(MeterRegistry meters) {
        var g = meters.find("tumen.alert.paused.partitions").tag("loop", "articles").gauge();
        return g == null ? 0 : g.value();
    }

    private static double gauge(MeterRegistry meters, String name) {
        var g = meters.find(name).gauge();
        return g == null ? 0 : g.value();
    }
}

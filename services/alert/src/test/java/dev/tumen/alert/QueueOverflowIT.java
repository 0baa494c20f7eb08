package dev.tumen.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Json;
import dev.tumen.model.Topics;
import dev.tumen.testkit.KafkaExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: a subscriber whose queue fills and stays full. Its full queue pauses the articles consumer (every partition:
 * the pause is the consumer's, not the subscriber's); once its oldest alert has waited {@code queue-wait}, the newest
 * half of its queue moves to retry tier 1 (outcome {@code deferred}, no attempt counted) and the consumer resumes. So
 * another subscriber on the same articles waits at most about {@code queue-wait} per refill, not for the slow receiver;
 * and the slow receiver still gets each alert exactly once when it catches up.
 *
 * <p>With {@code rebalance}, the alert's consumer group rebalances while the consumer is held (a member joins; eager
 * assignment revokes every partition): the slow subscriber's queued alerts, not yet attempted, are called off and its
 * queue drains without a deferral, so the consumer goes on and reads the held articles again together with the next
 * burst, in one poll. The healthy subscriber can then have every alert before the refilled queue has waited
 * {@code queue-wait}: the deferrals come after it. That was the rare "0 deferrals" failure of the full alert run under
 * load (the in-process broker's controller fencing itself moves the group's coordinator): asserted at the moment the
 * healthy receiver had its twelfth alert, the count was 0. Reproduced at will with a joining member and a queue-wait
 * of 5 s (session 33, probe); the deferrals are now awaited for a queue-wait and a margin.
 */
@ExtendWith(KafkaExtension.class)
class QueueOverflowIT {
    private static final int ARTICLES = 12;

    @ParameterizedTest(name = "rebalance while held: {0}")
    @ValueSource(booleans = {false, true})
    void aQueueThatStaysFullPausesThenDefersItsNewestHalfToTierOneAndOthersKeepGoing(boolean rebalance) throws Exception {
        Map<String, Object> config = AlertHarness.fastRetries();
        // Retries come back after 2 s: long enough to see them parked, short enough to finish the test.
        config.put("tumen.alert.delivery.backoff", "0s,2s,4s,6s");
        // The held receiver answers only when the gate opens, up to 60 s of awaits later (20 s for the pause, 40 s for
        // the healthy receiver): an attempt timeout of 60 s fired first on a machine at load 25, and the timed-out
        // attempt's retry reached the receiver a second time, as at-least-once delivery must (seen once in CI; the same
        // failure, two alerts twice, reproduced at will with an 8 s timeout and the gate held 10 s). Twice the awaits.
        config.put("tumen.alert.delivery.timeout", "120s");
        config.put("tumen.alert.delivery.max-in-flight-per-subscription", 2);
        config.put("tumen.alert.delivery.initial-in-flight-per-subscription", 2);
        config.put("tumen.alert.delivery.queue-size", 4);
        Duration queueWait = Duration.ofSeconds(rebalance ? 5 : 1);
        config.put("tumen.alert.delivery.queue-wait", queueWait.toMillis() + "ms");
        CountDownLatch gate = new CountDownLatch(1);
        org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]> joiner = null;
        try (AlertHarness harness = new AlertHarness(config);
             Receiver healthy = Receiver.healthy();
             Receiver slow = Receiver.heldUntil(gate)) {
            EmbeddedServer app = harness.start();
            // Its loops first hold their partitions: the burst is read at once, not after a first assignment that took
            // most of the 20 s below at load 50 (session 47: no pause seen in 20 s).
            harness.awaitSettled(1);
            MeterRegistry meters = app.getApplicationContext().getBean(MeterRegistry.class);
            String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
            harness.subscribe(app, Map.of("name", "slow " + token, "url", slow.url(), "format", "json", "minSeverity", "medium",
                    "keywords", List.of(token)));
            harness.subscribe(app, Map.of("name", "healthy " + token, "url", healthy.url(), "format", "json", "minSeverity", "medium",
                    "keywords", List.of(token)));

            // given: enough alerts for both to fill the slow receiver's two attempts and its queue of four
            long started = System.nanoTime();
            List<String> ids = new ArrayList<>(harness.publishBurst(token, ARTICLES / 2, "of"));

            // then: the full queue pauses the consumer, and what comes next stays in Kafka for now ...
            await().atMost(Duration.ofSeconds(20)).until(() -> paused(meters) > 0);
            // The member stays until the end: its leaving is a second rebalance, whose re-read could come after the healthy
            // lane forgot its first deliveries (it remembers twice its queue, 8 here) and send them again, as
            // at-least-once allows (12 + 4 seen once at load 15).
            joiner = rebalance ? joinGroup(harness, app) : null;
            ids.addAll(harness.publishBurst(token, ARTICLES / 2, "of2-"));
            // ... the healthy subscriber still gets every alert while the slow receiver holds its first two, because the
            // stuck queue gives its newest half to tier 1 each time it has been full for queue-wait
            await().atMost(Duration.ofSeconds(40)).until(() -> healthy.requests().size() >= ARTICLES);
            double healthySeconds = (System.nanoTime() - started) / 1e9;
            assertTrue(slow.requests().size() <= 2, "the slow receiver has only its two attempts: " + slow.requests().size());
            // ... and the slow queue, full past queue-wait, gave its newest half to tier 1: before the consumer went on,
            // or (after a rebalance called its queued alerts off) once the re-read refilled it
            await().atMost(queueWait.plusSeconds(10)).until(() -> deferred(meters) >= 2);
            assertEquals(ARTICLES, healthy.requests().size(), "the healthy subscriber: each alert once");
            assertEquals(new HashSet<>(ids), new HashSet<>(ids(healthy)));

            // when: the slow receiver catches up
            gate.countDown();

            // then: it gets each alert exactly once (the deferred ones back from tier 1), and the consumer runs again
            await().atMost(Duration.ofSeconds(60)).until(() -> slow.requests().size() >= ARTICLES);
            await().atMost(Duration.ofSeconds(10)).until(() -> paused(meters) == 0);
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            List<String> slowIds = ids(slow);
            assertEquals(ARTICLES, slowIds.size(), "exactly once: " + slowIds);
            assertEquals(new HashSet<>(ids), new HashSet<>(slowIds));
            assertEquals(ARTICLES, healthy.requests().size(), "nothing sent twice to the healthy one");
            // Deferred alerts that came back while the queue was still full were deferred again: each deferral is one
            // tier-1 record, and no attempt failed, so nothing went further.
            double deferred = deferred(meters);
            assertEquals((long) deferred, TopicCounts.count(harness.prefix + String.format(Topics.DELIVERY_RETRY_FORMAT, 1)),
                    "what went to tier 1 is exactly the deferred alerts");
            assertEquals(0, TopicCounts.count(harness.prefix + String.format(Topics.DELIVERY_RETRY_FORMAT, 2)),
                    "nothing beyond tier 1");
            System.out.printf("queue overflow: healthy receiver had all %d alerts after %.1f s while the slow one held; %d deferred to"
                    + " tier 1; slow receiver's order once released: %s%n", ARTICLES, healthySeconds, (long) deferred, slowIds.stream()
                    .map(id -> Integer.toString(ids.indexOf(id))).toList());
        } finally {
            if (joiner != null) {
                joiner.close();
            }
        }
    }

    /**
     * A member joins the alert's consumer group (on a topic of its own): every member's partitions are handed out again.
     * The caller closes it.
     */
    private static org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]> joinGroup(AlertHarness harness, EmbeddedServer app) {
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", dev.tumen.testkit.TestKafka.bootstrapServers());
        p.put("group.id", harness.prefix + app.getApplicationContext().getProperty("micronaut.application.name", String.class).orElseThrow());
        p.put("key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        p.put("value.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class.getName());
        String own = harness.prefix + "joiner";
        dev.tumen.testkit.TestKafka.createTopics(List.of(own), 1);
        var joiner = new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(p);
        joiner.subscribe(List.of(own));
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (joiner.assignment().isEmpty() && System.nanoTime() < until) {
            joiner.poll(Duration.ofMillis(100));
        }
        assertTrue(!joiner.assignment().isEmpty(), "the joining member got its partition");
        return joiner;
    }

    private static List<String> ids(Receiver receiver) {
        return receiver.requests().stream()
                .map(r -> (String) ((Map<?, ?>) ((Map<?, ?>) Json.read(r.body(), Map.class).get("data")).get("article")).get("id"))
                .toList();
    }

    private static double deferred(MeterRegistry meters) {
        return meters.find("tumen.alert.deliveries").tag("outcome", "deferred").counter().count();
    }

    private static double paused(MeterRegistry meters) {
        var g = meters.find("tumen.alert.paused.partitions").tag("loop", "articles").gauge();
        return g == null ? 0 : g.value();
    }
}

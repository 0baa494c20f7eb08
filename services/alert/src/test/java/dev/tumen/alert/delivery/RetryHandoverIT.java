package dev.tumen.alert.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.AlertHarness;
import dev.tumen.alert.Fixtures;
import dev.tumen.alert.Receiver;
import dev.tumen.model.Severity;
import dev.tumen.testkit.KafkaExtension;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The window RestartIT's rebalance case met under load (sessions 46-47), held open instead of hit by luck: a retry
 * attempt failed, its next retry task is in Kafka, and its own record is not committed yet when its partition moves to
 * a joining instance. The seam {@link DeliveryEngine#holdSettled} keeps the first instance's finished retries unreported
 * (their records uncommitted) until the rebalance calls them off.
 */
@ExtendWith(KafkaExtension.class)
class RetryHandoverIT {
    private static final Duration RETRY_PERIOD = Duration.ofSeconds(5);
    /** A bound for a delivery once the group is stable (RestartIT's, for the same loaded machine). */
    private static final Duration DELIVERY = Duration.ofSeconds(45);
    /** Partitions of every topic the alert creates here ({@link AlertHarness#fastRetries()}). */
    private static final int PARTITIONS = 2;
    private static final int PER_PARTITION = 2;

    @Test
    void aRetryWrittenBeforeItsRecordIsCommittedIsNotStartedAgainByThePartitionsNextOwner() throws Exception {
        Map<String, Object> config = new HashMap<>(AlertHarness.fastRetries());
        config.put("tumen.alert.delivery.backoff", "0s,5s,5s,5s,5s,5s,5s");
        AtomicBoolean receiverUp = new AtomicBoolean(false);
        try (AlertHarness harness = new AlertHarness(config); Receiver receiver = new Receiver(n -> receiverUp.get() ? 200 : 503)) {
            EmbeddedServer first = harness.start();
            harness.awaitSettled(1);
            AtomicInteger held = new AtomicInteger();
            first.getApplicationContext().getBean(DeliveryEngine.class).holdSettled(t -> t.attempts() == 1 && held.incrementAndGet() > 0);
            // given: subscriptions on both partitions of the retry tiers (keyed by subscription), so that whichever
            // partition the joining instance takes holds some of the retries
            String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
            int[] onPartition = new int[PARTITIONS];
            int subscriptions = 0;
            while (java.util.Arrays.stream(onPartition).anyMatch(n -> n < PER_PARTITION)) {
                assertTrue(subscriptions < 40, "subscription ids fall on every partition");
                String id = (String) harness.subscribe(first, Map.of("name", "handover-" + subscriptions, "url", receiver.url(),
                        "keywords", List.of(token))).get("id");
                onPartition[Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % PARTITIONS]++;
                subscriptions++;
            }
            String article = UUID.randomUUID().toString().replace("-", "");
            harness.publish(Fixtures.article(article, Severity.HIGH, "00000000000000ee", "https://n.example/" + article, token));
            // every first attempt failed, and every first retry failed too: its next retry is written, its record is not
            // committed
            int n = subscriptions;
            await().atMost(DELIVERY).until(() -> receiver.requests().size() >= n);
            await().atMost(DELIVERY.plus(RETRY_PERIOD)).until(() -> held.get() >= n);

            // when: a second instance joins and takes one partition of each tier
            harness.start();
            harness.awaitSettled(2);
            receiverUp.set(true);

            // then: one chain of retries per delivery, so one 200 each
            await().atMost(DELIVERY.plus(RETRY_PERIOD.multipliedBy(2))).until(() -> okCounts(receiver).size() == n);
            // A second chain's attempt is due within a retry period of the first's.
            await().during(RETRY_PERIOD.multipliedBy(2)).atMost(DELIVERY.plus(RETRY_PERIOD.multipliedBy(4)))
                    .untilAsserted(() -> assertEquals(n, okCounts(receiver).values().stream().mapToLong(Long::longValue).sum(),
                            "200s by webhook-id: " + okCounts(receiver)));
        }
    }

    /**
     * What is left after a crash or a lost partition (no revocation to wait in): a record whose next retry was written
     * but whose offset was not committed is read again, and its delivery gets a second chain of retries. Once the
     * delivery has succeeded, the copy's attempt sends nothing.
     */
    @Test
    void aSecondChainOfADeliveryDeliveredSinceItBeganSendsNothing() throws Exception {
        Map<String, Object> config = new HashMap<>(AlertHarness.fastRetries());
        config.put("tumen.alert.delivery.backoff", "0s,1s,1s,1s");
        try (AlertHarness harness = new AlertHarness(config); Receiver receiver = new Receiver(n -> n == 1 ? 503 : 200)) {
            EmbeddedServer first = harness.start();
            harness.awaitSettled(1);
            String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
            String subscription = (String) harness.subscribe(first, Map.of("name", "copy", "url", receiver.url(),
                    "keywords", List.of(token))).get("id");
            String article = UUID.randomUUID().toString().replace("-", "");
            harness.publish(Fixtures.article(article, Severity.HIGH, "00000000000000dd", "https://n.example/" + article, token));
            // given: the first attempt failed, its retry delivered
            await().atMost(DELIVERY).until(() -> okCounts(receiver).size() == 1);
            String deliveryId = okCounts(receiver).firstKey();
            Instant began = Instant.ofEpochMilli(receiver.requests().get(0).receivedMillis()).minusSeconds(1);
            DeliveryLog log = first.getApplicationContext().getBean(DeliveryLog.class);
            await().atMost(DELIVERY).until(() -> log.task(subscription, deliveryId) != null);
            // The log reader must have read the success before the copy arrives (it lags the write by up to ~0.5 s): a
            // copy taken up before that is the window the README leaves, not the case this test is about (CI saw 3 sends).
            await().atMost(DELIVERY).until(() -> log.deliveredSince(subscription, deliveryId, began));

            // when: a copy of the chain's first retry, begun before that success, is read from the tier
            DeliveryTask copy = log.task(subscription, deliveryId).retry(1, began, Instant.now(), "HTTP 503");
            first.getApplicationContext().getBean(dev.tumen.alert.kafka.AlertProducer.class).retry(1, copy).get(30, TimeUnit.SECONDS);

            // then: taken up and passed over, and the receiver has nothing new
            io.micrometer.core.instrument.MeterRegistry meters = first.getApplicationContext().getBean(io.micrometer.core.instrument.MeterRegistry.class);
            var skipped = meters.find("tumen.alert.deliveries").tag("outcome", "already-delivered").counter();
            await().atMost(DELIVERY).until(() -> skipped.count() > 0 || receiver.requests().size() > 2);
            assertEquals(2, receiver.requests().size(), "one failed attempt, one delivered: " + okCounts(receiver));
            assertEquals(1.0, skipped.count());
        }
    }

    /**
     * Review of session 49: a first attempt on the wire when its article's partition moves to a joining instance. The
     * old owner left the record to the new one at once, then logged the 200 that came a moment later; the new owner
     * read the article again and sent the alert a second time under the same webhook-id. Now the revocation waits for
     * the answer ({@code tumen.alert.delivery.handover-wait}, 5 s), writes it for the record and commits the record first. The
     * receiver answers each request only once the revocation has called an attempt off on the wire.
     */
    @Test
    void anAttemptOnTheWireWhenItsPartitionMovesIsAnsweredForItsRecordAndNotSentAgain() throws Exception {
        Map<String, Object> config = new HashMap<>(AlertHarness.fastRetries());
        // The held attempts must outlast the join, however slow the machine.
        config.put("tumen.alert.delivery.timeout", "120s");
        java.util.concurrent.CountDownLatch calledOff = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger onTheWire = new AtomicInteger();
        try (AlertHarness harness = new AlertHarness(config); Receiver receiver = new Receiver(n -> {
            onTheWire.incrementAndGet();
            try {
                calledOff.await(180, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 200;
        })) {
            EmbeddedServer first = harness.start();
            harness.awaitSettled(1);
            first.getApplicationContext().getBean(DeliveryEngine.class).calledOffOnTheWire(t -> calledOff.countDown());
            String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
            harness.subscribe(first, Map.of("name", "on-the-wire", "url", receiver.url(), "keywords", List.of(token)));
            // given: an article on every partition of the articles topic (the joining instance takes one or two of
            // them), each one's first attempt on the wire
            int partitions = 3;
            boolean[] covered = new boolean[partitions];
            int articles = 0;
            while (!(covered[0] && covered[1] && covered[2])) {
                String id = UUID.randomUUID().toString().replace("-", "");
                int p = Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % partitions;
                if (covered[p]) {
                    continue;
                }
                covered[p] = true;
                harness.publish(Fixtures.article(id, Severity.HIGH, String.format("%016x", UUID.randomUUID().getMostSignificantBits()), "https://n.example/" + id, token));
                articles++;
            }
            int n = articles;
            await().atMost(DELIVERY).until(() -> onTheWire.get() >= n);

            // when: a second instance joins; the first instance's revocation meets the three attempts on the wire
            harness.start();
            harness.awaitSettled(2);

            // then: each alert reached the receiver once
            assertEquals(0, calledOff.getCount(), "the revocation called an attempt off on the wire");
            await().atMost(DELIVERY).until(() -> okCounts(receiver).size() == n);
            // A copy sent by the new owner follows its assignment at once; give it a few seconds more.
            await().during(Duration.ofSeconds(5)).atMost(DELIVERY).untilAsserted(() -> assertEquals(n,
                    okCounts(receiver).values().stream().mapToLong(Long::longValue).sum(), "200s by webhook-id: " + okCounts(receiver)));
        }
    }

    private static java.util.SortedMap<String, Long> okCounts(Receiver receiver) {
        return receiver.answeredByWebhookId(200);
    }
}

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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15: a busy but healthy receiver is not a failure. Its alerts wait in its own ordered queue while the adaptive
 * limit opens up, instead of being parked in a retry tier for seconds.
 */
@ExtendWith(KafkaExtension.class)
class BusyReceiverIT {
    private static final int BURST = 500;

    @Test
    void aBurstForAReceiverAnsweringIn50msArrivesWholeInOrderWithoutRetries() throws Exception {
        Map<String, Object> config = AlertHarness.fastRetries();
        // The receiver answers in 50 ms; a loaded test machine must not turn a slow scheduling into a failed attempt.
        config.put("tumen.alert.delivery.timeout", "10s");
        try (AlertHarness harness = new AlertHarness(config); Receiver receiver = Receiver.answeringIn(Duration.ofMillis(50))) {
            EmbeddedServer app = harness.start();
            String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
            harness.subscribe(app, Map.of("name", "busy " + token, "url", receiver.url(), "format", "json", "minSeverity", "medium",
                    "keywords", List.of(token)));

            // given: 500 unrelated stories on one partition, so their arrival order is the partition's order
            List<String> ids = new ArrayList<>();
            long started = System.nanoTime();
            try (var producer = TestKafka.producer()) {
                for (int i = 0; i < BURST; i++) {
                    String id = String.format("burst%03d%s", i, UUID.randomUUID().toString().replace("-", "").substring(0, 12));
                    ids.add(id);
                    ArticleLabelled a = Fixtures.article(id, Severity.HIGH, String.format("%016x", UUID.randomUUID().getMostSignificantBits()),
                            "https://news.example/" + id, token);
                    producer.send(new ProducerRecord<>(harness.articles(), 0, id, Json.bytes(a)));
                }
                producer.flush();
            }

            // then: every one arrives, within a window far shorter than one at a time (500 x 50 ms = 25 s)
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.requests().size() >= BURST);
            double seconds = (System.nanoTime() - started) / 1e9;
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            List<Receiver.Request> requests = receiver.requests();
            List<String> received = requests.stream()
                    .map(r -> Json.read(r.body(), Map.class)).map(b -> (String) ((Map<?, ?>) ((Map<?, ?>) b.get("data")).get("article")).get("id"))
                    .toList();
            long retries = 0;
            for (int tier = 1; tier <= 3; tier++) {
                retries += TopicCounts.count(harness.prefix + String.format(Topics.DELIVERY_RETRY_FORMAT, tier));
            }
            long alerts = TopicCounts.count(harness.prefix + Topics.ALERTS);
            long deliveries = TopicCounts.count(harness.prefix + Topics.DELIVERIES);
            long stories = TopicCounts.count(harness.prefix + Topics.STORIES);
            long stream = TopicCounts.count(harness.prefix + Topics.STREAM);
            int displaced = 0;
            int worst = 0;
            for (int p = 0; p < received.size(); p++) {
                int arrival = ids.indexOf(received.get(p));
                displaced += arrival == p ? 0 : 1;
                worst = Math.max(worst, Math.abs(arrival - p));
            }
            System.out.printf("busy receiver: %d requests for %d alerts in %.1f s, %d out of place (at most %d); alert-side Kafka writes"
                            + " per delivered alert: alerts %.2f, deliveries %.2f, stories %.2f, stream %.2f, retries %.2f (total %.2f)%n",
                    requests.size(), BURST, seconds, displaced, worst, alerts / (double) BURST, deliveries / (double) BURST,
                    stories / (double) BURST, stream / (double) BURST, retries / (double) BURST,
                    (alerts + deliveries + stories + stream + retries) / (double) BURST);

            assertEquals(BURST, requests.size(), "one request per alert: none duplicated");
            assertEquals(BURST, new HashSet<>(received).size(), "none lost");
            assertEquals(0, retries, "records in the retry tiers");
            assertTrue(seconds < 20, "the burst took " + seconds + " s");
            // In arrival order: attempts leave the queue in order; only those on the wire together (at most the
            // subscriber's limit, 32) can swap places on the way to the receiver. Twice that leaves room for a
            // thread of the receiver that the loaded test machine does not schedule for a while.
            assertTrue(worst < 64, "an alert arrived " + worst + " places from its turn");
            double limit = app.getApplicationContext().getBean(MeterRegistry.class).find("tumen.alert.delivery.limit").gauge().value();
            assertTrue(limit > 4, "the limit opened up from its start of 4 for a fast receiver: " + limit);
        }
    }
}

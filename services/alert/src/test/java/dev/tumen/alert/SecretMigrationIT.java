package dev.tumen.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.delivery.Signer;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import dev.tumen.model.Topics;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Webhook secrets stored in plaintext before encryption existed are re-written encrypted, and keep signing. */
@ExtendWith(KafkaExtension.class)
class SecretMigrationIT {

    @Test
    void aPlaintextSecretInTheTopicIsReencryptedAtStartUpAndStillSigns() throws Exception {
        String plaintext = "whsec_" + UUID.randomUUID().toString().replace("-", "");
        String keyword = "mig" + UUID.randomUUID().toString().substring(0, 8);
        try (Receiver receiver = Receiver.healthy(); AlertHarness harness = new AlertHarness(AlertHarness.fastRetries())) {
            String topic = harness.prefix + Topics.SUBSCRIPTIONS;
            harness.stop(harness.start()); // creates the topics as a first deployment would
            String id = "sub_legacy" + UUID.randomUUID().toString().substring(0, 8);
            Subscription legacy = new Subscription(id, "legacy", receiver.url(), "json", Severity.LOW, List.of(), List.of(), List.of(),
                    List.of(keyword), false, List.of(plaintext), Instant.EPOCH, Instant.EPOCH);
            try (var producer = TestKafka.producer()) {
                producer.send(new ProducerRecord<>(topic, id, Json.bytes(legacy))).get();
            }

            EmbeddedServer app = harness.start();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                List<String> secrets = latest(topic, id).secrets();
                assertEquals(1, secrets.size());
                assertTrue(secrets.get(0).startsWith("tmnenc:v1:"), "re-written encrypted: " + secrets);
            });
            assertTrue(new String(lastRecord(topic, id).value()).indexOf(plaintext) < 0, "no plaintext left in the latest record");

            String articleId = UUID.randomUUID().toString().replace("-", "");
            harness.publish(Fixtures.article(articleId, Severity.HIGH, "1e1e1e1e1e1e1e1e", "https://n.example/" + articleId, keyword));
            // The restarted instance first rejoins the articles group: at a load of 40 (a loaded mid-session run) the
            // webhook took longer than 15 s. The deadline only bounds a failure; nothing here is about speed.
            await().atMost(Duration.ofSeconds(60)).until(() -> !receiver.requests().isEmpty());
            Receiver.Request r = receiver.requests().get(0);
            assertTrue(Signer.verify(plaintext, r.header("webhook-id"), Long.parseLong(r.header("webhook-timestamp")), r.body(),
                    r.header("webhook-signature")), "the migrated secret is the same secret");
            assertEquals(200, harness.call(app, "GET", "/subscriptions/" + id, null).statusCode());
        }
    }

    private static ConsumerRecord<String, byte[]> lastRecord(String topic, String id) {
        List<ConsumerRecord<String, byte[]>> records = TestKafka.read(topic, 1, Duration.ofMillis(300), Duration.ofSeconds(5), false);
        return records.stream().filter(r -> id.equals(r.key())).reduce((a, b) -> b).orElseThrow();
    }

    private static Subscription latest(String topic, String id) {
        return Json.read(lastRecord(topic, id).value(), Subscription.class);
    }
}

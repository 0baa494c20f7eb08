package dev.tumen.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import dev.tumen.model.Topics;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 item 2: a burst of copies of one story (the same news from many outlets) changes the story once per copy,
 * but the stories topic needs only its latest state: updates that arrive while the previous write is on its way are
 * merged into one write.
 */
@ExtendWith(KafkaExtension.class)
class StoryWritesIT {
    private static final int COPIES = 200;

    @Test
    void copiesOfOneStoryInABurstAreWrittenAsFewerStoryRecordsAndTheLastStateWins() throws Exception {
        try (AlertHarness harness = new AlertHarness(AlertHarness.fastRetries()); Receiver receiver = Receiver.healthy()) {
            EmbeddedServer app = harness.start();
            String token = "tok" + UUID.randomUUID().toString().substring(0, 8);
            harness.subscribe(app, Map.of("name", "copies " + token, "url", receiver.url(), "format", "json", "minSeverity", "medium",
                    "keywords", List.of(token)));

            // given: 200 copies of one story, each from its own outlet, in one burst on one partition
            String fingerprint = String.format("%016x", UUID.randomUUID().getMostSignificantBits());
            String first = "copy000" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (var producer = TestKafka.producer()) {
                for (int i = 0; i < COPIES; i++) {
                    String id = i == 0 ? first : String.format("copy%03d%s", i, UUID.randomUUID().toString().replace("-", "").substring(0, 12));
                    ArticleLabelled a = Fixtures.article(id, Severity.HIGH, fingerprint, "https://outlet" + i + ".example/" + id, token);
                    producer.send(new ProducerRecord<>(harness.articles(), 0, id, Json.bytes(a)));
                }
                producer.flush();
            }

            // then: one alert for the story, and the story's last record holds every outlet
            String storyTopic = harness.prefix + Topics.STORIES;
            await().atMost(Duration.ofSeconds(60)).until(() -> lastStory(storyTopic).map(s -> ((List<?>) s.get("outlets")).size())
                    .orElse(0) == COPIES);
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            long records = TopicCounts.count(storyTopic);
            System.out.printf("story writes: %d records for %d copies of one story (%.2f per copy)%n", records, COPIES,
                    records / (double) COPIES);
            // An attempt the loaded machine times out is retried with the same webhook-id: still one alert.
            assertEquals(1, receiver.requests().stream().map(r -> r.header("webhook-id")).distinct().count(), "one alert per story");
            assertEquals(COPIES, ((Number) lastStory(storyTopic).orElseThrow().get("version")).intValue(), "every copy counted");
            assertTrue(records < COPIES, records + " story records for " + COPIES + " copies");
        }
    }

    private static java.util.Optional<Map<?, ?>> lastStory(String topic) {
        List<byte[]> values = TopicCounts.values(topic);
        return values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Json.read(values.get(values.size() - 1), Map.class));
    }
}

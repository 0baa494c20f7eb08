package dev.tumen.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.common.kafka.TopicNames;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.kafka.RecordSizes;
import dev.tumen.model.Hashes;
import dev.tumen.model.PageReceived;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class PagePublisherTest {
    private static final int LIMIT = 64 * 1024;
    private final MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final PagePublisher publisher = new PagePublisher(producer, new IngestTopics(new TopicNames("")), RecordSizes.Limits.fixed(LIMIT),
            Duration.ofSeconds(5));

    private static PageReceived page(String content) {
        String id = Hashes.pageId("https://e.com/big", content);
        return new PageReceived(id, "https://e.com/big", "test", "push", "text/plain", content, null, null, Instant.now(),
                Hashes.sha256(content));
    }

    @Test
    void publishesThePageAndItsSeenRecordWhenBothFit() {
        publisher.publish(page("hello"));
        assertEquals(2, producer.history().size());
    }

    @Test
    void refusesAPageThatCanNeverFitWith413AndSendsNothing() {
        // 40,000 characters of Cyrillic: under the limit in characters, 80,000 bytes in the record.
        Refusal refusal = assertThrows(Refusal.class, () -> publisher.publish(page("ж".repeat(40_000))));
        assertEquals(413, refusal.status());
        assertEquals("page-too-large", refusal.reason());
        assertTrue(refusal.getMessage().contains("80000 bytes of UTF-8"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("more than the " + LIMIT + " bytes"), refusal.getMessage());
        assertTrue(producer.history().isEmpty(), "nothing sent");
    }
}

package dev.tumen.kafka;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * Other systems write the topics too. A record whose CloudEvents headers say it is another event (a forged or misrouted
 * {@code ce_type}, {@code ce_specversion} 0.3, a value that is not JSON by its content type, a subject that is not its
 * key) was read as an event of the topic it is on (probe of session 28); a record without them still is, as a record
 * replayed from a dead-letter topic with a console producer has none.
 */
class CloudEventsCheckTest {
    static ConsumerRecord<String, byte[]> record(String topic, String key, Headers headers) {
        return new ConsumerRecord<>(topic, 0, 7, 0L, TimestampType.CREATE_TIME, -1, -1, key, "{}".getBytes(StandardCharsets.UTF_8),
                headers, java.util.Optional.empty());
    }

    static Headers of(String... pairs) {
        RecordHeaders h = new RecordHeaders();
        for (int i = 0; i < pairs.length; i += 2) {
            h.add(pairs[i], pairs[i + 1] == null ? null : pairs[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return h;
    }

    @Test
    void anEventOfTheTopicOrARecordWithoutHeadersPasses() {
        for (String topic : List.of(Topics.PAGES, "test-1234." + Topics.PAGES)) {
            assertDoesNotThrow(() -> CloudEvents.requireEventOf(record(topic, "k", CloudEvents.headers(Topics.PAGES_TOPIC, "/x", "k"))));
            assertDoesNotThrow(() -> CloudEvents.requireEventOf(record(topic, "k", new RecordHeaders())));
        }
        assertDoesNotThrow(() -> CloudEvents.requireEventOf(record("pfx." + Topics.deliveryRetry(9), "sub_1",
                CloudEvents.headers(Topics.TYPE_DELIVERY_TASK, "/x", "sub_1"))));
        assertDoesNotThrow(() -> CloudEvents.requireEventOf(record(Topics.PAGES, "k",
                of(CloudEvents.CONTENT_TYPE, "Application/JSON; charset=utf-8"))));
        // A topic the catalogue does not know (a re-labelling run's own output) is not judged.
        assertDoesNotThrow(() -> CloudEvents.requireEventOf(record("tumen.articles.replay-2.v1", "k",
                of(CloudEvents.TYPE, "anything"))));
    }

    @Test
    void headersThatSayTheRecordIsSomethingElseAreMalformed() {
        String t = Topics.PAGES;
        String page = Topics.PAGES_TOPIC.ceType();
        for (Headers h : List.of(of(CloudEvents.TYPE, Topics.ARTICLES_TOPIC.ceType()), of(CloudEvents.TYPE, Topics.TYPE_DEAD_LETTER),
                of(CloudEvents.SPECVERSION, "0.3", CloudEvents.TYPE, page), of(CloudEvents.CONTENT_TYPE, "text/plain"),
                of(CloudEvents.CONTENT_TYPE, "application/octet-stream"), of(CloudEvents.TYPE, page, CloudEvents.TYPE, "dev.tumen.other.v1"),
                of(CloudEvents.SUBJECT, "another-key"), of(CloudEvents.TYPE, null), of(CloudEvents.SPECVERSION, ""))) {
            assertThrows(MalformedRecordException.class, () -> CloudEvents.requireEventOf(record(t, "k", h)), h.toString());
        }
        String message = assertThrows(MalformedRecordException.class, () -> CloudEvents.requireEventOf(record("pfx." + Topics.SUBSCRIPTIONS,
                "sub_1", CloudEvents.headers(Topics.STORIES_TOPIC, "/x", "sub_1")))).getMessage();
        assertTrue(message.contains("dev.tumen.story.v1") && message.contains(Topics.SUBSCRIPTIONS_TOPIC.ceType()), message);
    }
}

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

    /**
     * Probe of session 41: a record with some CloudEvents headers but not all the required ones (a ce_type alone, the
     * full set less its ce_id or with an empty ce_source), or a ce_ header or content-type that is not UTF-8, was read as
     * an event of its topic. Each is malformed now (dead-lettered by the loops with this reason); without any ce_ header
     * a record still passes.
     */
    @Test
    void aPartialSetOfCloudEventsHeadersOrOneThatIsNotUtf8IsMalformed() {
        String t = Topics.PAGES;
        String page = Topics.PAGES_TOPIC.ceType();
        for (String left : List.of(CloudEvents.ID, CloudEvents.SOURCE, CloudEvents.SPECVERSION, CloudEvents.TYPE)) {
            Headers h = CloudEvents.headers(Topics.PAGES_TOPIC, "/x", "k");
            h.remove(left);
            String message = assertThrows(MalformedRecordException.class, () -> CloudEvents.requireEventOf(record(t, "k", h))).getMessage();
            assertTrue(message.contains("without " + left), message);
        }
        Headers emptySource = CloudEvents.headers(Topics.PAGES_TOPIC, "/x", "k");
        CloudEvents.put(emptySource, CloudEvents.SOURCE, "");
        for (Headers h : List.of(of(CloudEvents.TYPE, page), of(CloudEvents.SUBJECT, "k"), of("ce_time", "2026-12-06T18:00:00Z"),
                emptySource)) {
            assertThrows(MalformedRecordException.class, () -> CloudEvents.requireEventOf(record(t, "k", h)), h.toString());
        }
        for (String name : List.of(CloudEvents.ID, CloudEvents.SOURCE, "ce_time", CloudEvents.CONTENT_TYPE)) {
            Headers h = CloudEvents.headers(Topics.PAGES_TOPIC, "/x", "k");
            h.remove(name);
            h.add(name, new byte[] {'a', (byte) 0xC0, (byte) 0xAF, 'b'});
            String message = assertThrows(MalformedRecordException.class, () -> CloudEvents.requireEventOf(record(t, "k", h))).getMessage();
            assertTrue(message.contains(name) && message.contains("not UTF-8"), message);
        }
        assertDoesNotThrow(() -> CloudEvents.requireEventOf(record(t, "k", of(CloudEvents.CONTENT_TYPE, "application/json", "x-other", "\u00ff"))));
    }

    /**
     * CloudEvents 1.0 writes {@code ce_time} as RFC 3339; one that was no time was read as an event of the topic (review
     * of session 44). Every form RFC 3339 allows passes, a leap second and lower-case letters included.
     */
    @Test
    void aTimeThatIsNotRfc3339IsMalformed() {
        for (String bad : List.of("yesterday", "", "1765130400000", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
                "2026-12-06T25:00:00Z", "2026-12-06T18:61:00Z", "2026-12-06T18:00:61Z", "2026-12-06 18:00:00Z", "2026-12-06T18:00:00",
                "2026-12-06T18:00Z", "+12026-12-06T18:00:00Z", "2026-12-06T18:00:00+25:00", "2026-12-06T18:00:00.Z", "２０２６-12-06T18:00:00Z",
                "2026-12-06T18:00:00Z\n")) {
            Headers h = CloudEvents.headers(Topics.PAGES_TOPIC, "/x", "k");
            CloudEvents.put(h, CloudEvents.TIME, bad);
            String message = assertThrows(MalformedRecordException.class, () -> CloudEvents.requireEventOf(record(Topics.PAGES, "k", h)),
                    bad).getMessage();
            assertTrue(message.contains("ce_time") && message.contains("RFC 3339"), message);
        }
        for (String good : List.of("2026-12-06T18:00:00Z", "2026-12-06t18:00:00z", "2016-12-31T23:59:60Z", "2026-12-06T18:00:00.123456789+14:00",
                "2026-12-06T18:00:00.1234567890123Z",
                "2026-12-06T18:00:00-00:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", java.time.Instant.now().toString())) {
            Headers h = CloudEvents.headers(Topics.PAGES_TOPIC, "/x", "k");
            CloudEvents.put(h, CloudEvents.TIME, good);
            assertDoesNotThrow(() -> CloudEvents.requireEventOf(record(Topics.PAGES, "k", h)), good);
        }
    }

    /**
     * Review of session 46, a CloudEvents reader's view of a stranger's record: an attribute name CloudEvents cannot
     * have (upper case, a hyphen, an underscore, empty), a source that is no URI-reference, a dataschema that is no
     * absolute URI, a {@code ce_datacontenttype} header (Kafka's binding carries it as {@code content-type} alone), and
     * an attribute given twice with two values (which one is the event's id?) were each read as an event of the topic.
     */
    @Test
    void attributesCloudEventsCannotHaveAreMalformed() {
        List<String[]> bad = List.of(new String[] {"ce_traceId", "x"}, new String[] {"ce_trace-id", "x"}, new String[] {"ce_dead_letter", "x"},
                new String[] {"ce_", "x"}, new String[] {"ce_ñame", "x"}, new String[] {CloudEvents.SOURCE, "/tumen/ingest x"},
                new String[] {CloudEvents.SOURCE, "/tumen/%zz"}, new String[] {CloudEvents.SOURCE, "/tumen/\u0007"},
                new String[] {CloudEvents.DATASCHEMA, "schemas/page.json"}, new String[] {CloudEvents.DATASCHEMA, ""},
                new String[] {CloudEvents.DATASCHEMA, "https://schemas.example/a b"}, new String[] {CloudEvents.DATACONTENTTYPE, "application/json"},
                new String[] {CloudEvents.ID, "another-id"}, new String[] {CloudEvents.SOURCE, "/tumen/other"},
                new String[] {CloudEvents.TIME, "2026-12-06T18:00:00Z"});
        for (String[] header : bad) {
            Headers h = CloudEvents.headers(Topics.PAGES_TOPIC, "/tumen/ingest", "k");
            h.add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
            String message = assertThrows(MalformedRecordException.class, () -> CloudEvents.requireEventOf(record(Topics.PAGES, "k", h)),
                    header[0] + "=" + header[1]).getMessage();
            assertTrue(message.contains(header[0].isEmpty() ? "ce_" : header[0]), message);
        }
        for (String[] header : List.of(new String[] {"ce_traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"},
                new String[] {"ce_partitionkey", "k"}, new String[] {"ce_averyveryverylongextensionname", "x"},
                new String[] {CloudEvents.DATASCHEMA, "https://tumen.dev/schemas/page-received.v1.json"}, new String[] {"x-Other_Header", "x"})) {
            Headers h = CloudEvents.headers(Topics.PAGES_TOPIC, "/tumen/ingest", "k");
            h.add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
            assertDoesNotThrow(() -> CloudEvents.requireEventOf(record(Topics.PAGES, "k", h)), header[0]);
        }
        // The same attribute written twice with one value (a producer adding headers it already had) says nothing new.
        Headers twice = CloudEvents.headers(Topics.PAGES_TOPIC, "/tumen/ingest", "k");
        twice.add(CloudEvents.SOURCE, "/tumen/ingest".getBytes(StandardCharsets.UTF_8));
        assertDoesNotThrow(() -> CloudEvents.requireEventOf(record(Topics.PAGES, "k", twice)));
        for (String source : List.of("/tumen/ingest", "https://tumen.example/ingest", "urn:tumen:ingest", "tumen-ingest", "/a?b=c#d")) {
            assertTrue(CloudEvents.uriReference(source), source);
        }
    }
}

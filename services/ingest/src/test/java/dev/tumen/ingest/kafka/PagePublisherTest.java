package dev.tumen.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.common.kafka.TopicNames;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.kafka.RecordSizes;
import dev.tumen.model.Hashes;
import dev.tumen.model.PageReceived;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class PagePublisherTest {
    private static final int LIMIT = 64 * 1024;
    private final MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final PagePublisher publisher = new PagePublisher(producer, new IngestTopics(new TopicNames("")), RecordSizes.Limits.fixed(LIMIT),
            Duration.ofSeconds(5), 8, 1 << 20, Runnable::run);

    private static PageReceived page(String content) {
        return page("https://e.com/big", content);
    }

    private static PageReceived page(String url, String content) {
        String id = Hashes.pageId(url, content);
        return new PageReceived(id, url, "test", "push", "text/plain", content, null, null, Instant.now(), Hashes.sha256(content));
    }

    @Test
    void answers429WithRetryAfterOnceTheInFlightBoundIsReachedInsteadOfQueueing() throws Exception {
        // given: a broker that has not acknowledged the first page yet, and room for one page in flight
        MockProducer<String, byte[]> slow = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        PagePublisher bounded = new PagePublisher(slow, new IngestTopics(new TopicNames("")), RecordSizes.Limits.fixed(LIMIT),
                Duration.ofSeconds(10), 1, 1 << 20, Runnable::run);
        var first = java.util.concurrent.CompletableFuture.runAsync(() -> bounded.publish(page("https://e.com/1", "one")));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> slow.history().size() == 1);

        // when
        Refusal full = bounded.full();
        Refusal refusal = assertThrows(Refusal.class, () -> bounded.publish(page("https://e.com/2", "two")));

        // then: refused at once, saying when to come back; the first goes through once acknowledged, and so does a retry
        assertEquals(429, refusal.status());
        assertEquals("kafka-busy", refusal.reason());
        assertEquals(1, refusal.retryAfterSeconds());
        assertEquals(1, slow.history().size());
        // the same answer before any of the page is read (RequestAdmissionFilter asks first)
        assertEquals(429, full.status());
        assertEquals("kafka-busy", full.reason());
        assertEquals(1, full.retryAfterSeconds());
        slow.completeNext();
        first.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(null, bounded.full());
        var retried = java.util.concurrent.CompletableFuture.runAsync(() -> bounded.publish(page("https://e.com/2", "two")));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> slow.history().size() == 3);
        slow.completeNext();
        slow.completeNext();
        retried.get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * A client retrying after a 503 whose write landed all the same, or two instances taking one push at once, write one
     * page twice: its records keep one ce_id per topic, so a CloudEvents reader takes them for one event, and another
     * content of the same URL is another (probe of session 42; each copy had a random id).
     */
    @Test
    void onePageWrittenTwiceKeepsItsEventIdsAndAnotherContentGetsOthers() {
        java.util.function.Function<org.apache.kafka.clients.producer.ProducerRecord<String, byte[]>, String> id =
                r -> dev.tumen.kafka.CloudEvents.header(r.headers(), "ce_id");
        // a write that timed out (503) and its retry, then another content of the same URL
        MockProducer<String, byte[]> silent = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        PagePublisher timingOut = new PagePublisher(silent, new IngestTopics(new TopicNames("")), RecordSizes.Limits.fixed(LIMIT),
                Duration.ofMillis(200), 4, 1 << 20, Runnable::run);
        for (String content : List.of("one", "one", "one, corrected")) {
            assertEquals(503, assertThrows(Refusal.class, () -> timingOut.publish(page("https://e.com/1", content))).status());
        }
        var pages = silent.history();
        assertEquals(3, pages.size());
        assertEquals(id.apply(pages.get(0)), id.apply(pages.get(1)), "the page's record, written twice");
        assertFalse(id.apply(pages.get(0)).equals(id.apply(pages.get(2))), "another content is another event");

        // two instances writing one page, each with its seen record
        publisher.publish(page("https://e.com/2", "two"));
        publisher.publish(page("https://e.com/2", "two"));
        var both = producer.history();
        assertEquals(4, both.size());
        assertEquals(List.of(id.apply(both.get(0)), id.apply(both.get(1))), List.of(id.apply(both.get(2)), id.apply(both.get(3))));
        assertFalse(id.apply(both.get(0)).equals(id.apply(both.get(1))), "the page and its seen record are two events");
    }

    /**
     * A feed entry that can never be published is dead-lettered again at the first poll of every start and instance (the
     * poller remembers what it dead-lettered in memory only), an import's page when the import runs again: each copy
     * drew a random ce_id (reviews of sessions 42 and 43), so a reader deduplicating by source and id counted one
     * failure once per poll. Now named by the input and its reason; another entry, feed, date or reason is another event.
     */
    @Test
    void anUnpublishablePageDeadLetteredAgainKeepsItsEventIdAndOtherInputsGetOthers() {
        Instant date = Instant.parse("2026-12-01T08:00:00Z");
        List<dev.tumen.ingest.page.UnpublishablePages.Unpublishable> pages = List.of(
                new dev.tumen.ingest.page.UnpublishablePages.Unpublishable("feed", "KCNA", "javascript:alert(1)", null, "A title", date,
                        "invalid-url", "the entry's link is not an http(s) URL a fetch can follow"),
                // the same entry at a later poll: its title edited, the failure's message another
                new dev.tumen.ingest.page.UnpublishablePages.Unpublishable("feed", "KCNA", "javascript:alert(1)", null, "A title, edited",
                        date, "invalid-url", "the entry's link is not an http(s) URL (at 3 polls in a row; not tried again)"),
                new dev.tumen.ingest.page.UnpublishablePages.Unpublishable("feed", "KCNA", "javascript:alert(2)", null, "A title", date,
                        "invalid-url", "x"),
                new dev.tumen.ingest.page.UnpublishablePages.Unpublishable("feed", "TASS", "javascript:alert(1)", null, "A title", date,
                        "invalid-url", "x"),
                new dev.tumen.ingest.page.UnpublishablePages.Unpublishable("feed", "KCNA", "javascript:alert(1)", null, "A title",
                        date.plusSeconds(60), "invalid-url", "x"),
                new dev.tumen.ingest.page.UnpublishablePages.Unpublishable("feed", "KCNA", "https://e.com/a", null, "A title", date,
                        "body-too-large", "x"),
                new dev.tumen.ingest.page.UnpublishablePages.Unpublishable("file", "file", null, "pages.jsonl:3", null, null, "not-json", "x"),
                new dev.tumen.ingest.page.UnpublishablePages.Unpublishable("file", "file", null, "pages.jsonl:3", null, null, "not-json",
                        "the line is not JSON"),
                new dev.tumen.ingest.page.UnpublishablePages.Unpublishable("file", "file", null, "pages.jsonl:4", null, null, "not-json", "x"));
        pages.forEach(publisher::deadLetter);
        List<String> ids = producer.history().stream().map(r -> dev.tumen.kafka.CloudEvents.header(r.headers(), "ce_id")).toList();
        assertEquals(pages.size(), ids.size());
        assertEquals(ids.get(0), ids.get(1), "one entry refused again");
        assertEquals(ids.get(6), ids.get(7), "one line of an import refused again");
        assertEquals(7, new java.util.HashSet<>(ids).size(), ids.toString());
        assertEquals("tumen.pages.v1.dlt", producer.history().get(0).topic());
    }

    @Test
    void aBrokerThatDoesNotAcknowledgeInTimeIs503WithRetryAfterAndFreesItsSlot() {
        MockProducer<String, byte[]> silent = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        PagePublisher publisher = new PagePublisher(silent, new IngestTopics(new TopicNames("")), RecordSizes.Limits.fixed(LIMIT),
                Duration.ofMillis(200), 1, 1 << 20, Runnable::run);
        Refusal refusal = assertThrows(Refusal.class, () -> publisher.publish(page("https://e.com/1", "one")));
        assertEquals(503, refusal.status());
        assertEquals(5, refusal.retryAfterSeconds());
        // The one slot is free again: the next page reaches the producer (and times out too), it is not refused as busy.
        assertEquals(503, assertThrows(Refusal.class, () -> publisher.publish(page("https://e.com/2", "two"))).status());
        assertEquals(2, silent.history().size());
    }

    @Test
    void publishAsyncReturnsBeforeTheAcknowledgementAndSendsTheSeenRecordOnlyAfterIt() throws Exception {
        // given: a broker that acknowledges only when told to (the send timeout is far beyond this test)
        MockProducer<String, byte[]> slow = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        PagePublisher async = new PagePublisher(slow, new IngestTopics(new TopicNames("")), RecordSizes.Limits.fixed(LIMIT),
                Duration.ofMinutes(5), 1, 1 << 20, Runnable::run);

        // when
        java.util.concurrent.CompletableFuture<Void> sent = async.publishAsync(page("https://e.com/1", "one"));

        // then: the page is sent and nothing can have acknowledged it yet, so no seen record either
        assertFalse(sent.isDone());
        assertEquals(List.of("tumen.pages.v1"), slow.history().stream().map(r -> r.topic()).toList());
        // and once acknowledged: done, the seen record follows, and the one in-flight slot is free again
        slow.completeNext();
        sent.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of("tumen.pages.v1", "tumen.pages.seen.v1"), slow.history().stream().map(r -> r.topic()).toList());
        async.publishAsync(page("https://e.com/2", "two"));
        assertEquals(3, slow.history().size());
    }

    @Test
    void publishAsyncFailsWith503WhenKafkaRefusesThePageAndFreesItsSlot() {
        MockProducer<String, byte[]> failing = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        PagePublisher async = new PagePublisher(failing, new IngestTopics(new TopicNames("")), RecordSizes.Limits.fixed(LIMIT),
                Duration.ofMinutes(5), 1, 1 << 20, Runnable::run);
        java.util.concurrent.CompletableFuture<Void> sent = async.publishAsync(page("https://e.com/1", "one"));

        failing.errorNext(new org.apache.kafka.common.errors.NotEnoughReplicasException("down"));

        var failure = assertThrows(java.util.concurrent.ExecutionException.class, () -> sent.get(5, java.util.concurrent.TimeUnit.SECONDS));
        Refusal refusal = assertInstanceOf(Refusal.class, failure.getCause());
        assertEquals(503, refusal.status());
        assertEquals("kafka-unavailable", refusal.reason());
        // no seen record for a page Kafka did not take; the slot serves the next page
        assertEquals(1, failing.history().size());
        async.publishAsync(page("https://e.com/2", "two"));
        assertEquals(2, failing.history().size());
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

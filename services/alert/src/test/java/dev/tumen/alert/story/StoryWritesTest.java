package dev.tumen.alert.story;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoryWritesTest {
    private final List<Story> written = new ArrayList<>();
    private final List<CompletableFuture<Void>> acks = new ArrayList<>();
    /** Waiting writes sent on the completing thread, so each step below is visible at once. */
    private final StoryWrites writes = new StoryWrites(story -> {
        written.add(story);
        CompletableFuture<Void> ack = new CompletableFuture<>();
        acks.add(ack);
        return ack;
    }, Runnable::run);

    private static Story version(String id, long v) {
        return new Story(id, List.of(), List.of("outlet" + v), List.of(), Severity.HIGH, Map.of(), Instant.EPOCH, Instant.EPOCH, v);
    }

    @Test
    void changesWhileAWriteIsOnItsWayBecomeOneWriteOfTheLatest() {
        CompletableFuture<Void> first = writes.publish(version("s", 1));
        List<CompletableFuture<Void>> later = new ArrayList<>();
        for (int v = 2; v <= 100; v++) {
            later.add(writes.publish(version("s", v)));
        }
        assertEquals(1, written.size(), "one write on its way");

        acks.get(0).complete(null);
        assertTrue(first.isDone());
        assertEquals(2, written.size());
        assertEquals(100, written.get(1).version(), "the latest state");
        assertFalse(later.get(0).isDone(), "not durable before the write holding it is");

        acks.get(1).complete(null);
        assertTrue(later.stream().allMatch(f -> f.isDone() && !f.isCompletedExceptionally()));
        assertEquals(0, writes.inFlight());
    }

    @Test
    void storiesDoNotWaitForEachOther() {
        writes.publish(version("a", 1));
        writes.publish(version("b", 1));
        assertEquals(2, written.size());
    }

    @Test
    void aFailedWriteFailsOnlyItsOwnCallersAndTheNextStillGoes() {
        CompletableFuture<Void> first = writes.publish(version("s", 1));
        CompletableFuture<Void> second = writes.publish(version("s", 2));
        acks.get(0).completeExceptionally(new IllegalStateException("broker down"));
        assertTrue(first.isCompletedExceptionally());
        assertEquals(2, written.size());
        acks.get(1).complete(null);
        assertTrue(second.isDone() && !second.isCompletedExceptionally());
    }

    @Test
    void oneCallerCancellingDoesNotCancelTheOthersSharingTheWrite() {
        writes.publish(version("s", 1));
        CompletableFuture<Void> a = writes.publish(version("s", 2));
        CompletableFuture<Void> b = writes.publish(version("s", 3));
        a.cancel(false);
        acks.get(0).complete(null);
        acks.get(1).complete(null);
        assertTrue(b.isDone() && !b.isCompletedExceptionally());
    }

    @Test
    void aWaitingWriteIsNotSentFromTheAcknowledgingThread() throws Exception {
        // given a publisher whose second send blocks, as KafkaProducer.send does while its buffer is full
        CountDownLatch bufferFull = new CountDownLatch(1);
        List<CompletableFuture<Void>> producerAcks = new CopyOnWriteArrayList<>();
        List<String> sendingThreads = new CopyOnWriteArrayList<>();
        StoryWrites real = new StoryWrites(story -> {
            sendingThreads.add(Thread.currentThread().getName());
            if (story.version() == 2) {
                try {
                    bufferFull.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            CompletableFuture<Void> ack = new CompletableFuture<>();
            producerAcks.add(ack);
            return ack;
        });
        try {
            real.publish(version("s", 1));
            CompletableFuture<Void> second = real.publish(version("s", 2));

            // when the first write is acknowledged (on the producer's I/O thread in production)
            CompletableFuture<Void> acked = CompletableFuture.runAsync(() -> producerAcks.get(0).complete(null));

            // then the acknowledging thread returns although the waiting write's send blocks
            acked.get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(15)).until(() -> sendingThreads.size() == 2);
            assertEquals("story-writes", sendingThreads.get(1));
            bufferFull.countDown();
            await().atMost(Duration.ofSeconds(15)).until(() -> producerAcks.size() == 2);
            producerAcks.get(1).complete(null);
            second.get(5, TimeUnit.SECONDS);
        } finally {
            bufferFull.countDown();
            real.close();
        }
    }
}

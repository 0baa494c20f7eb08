package dev.tumen.alert.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.AlertSettings;
import dev.tumen.common.http.ProblemException;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import io.micronaut.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change sent to one instance right after another instance answered one (session 35's CI failure: a pause answered
 * by B, a resume sent at once to A, checked against A's copy from before the pause, answered 200 and left paused) is
 * made on top of the other's: every read-modify-write first reads the subscriptions topic to its end, or answers 503
 * {@code store-behind} and writes nothing. Two instances on one topic held in memory, each reading it only when its
 * service asks, so which records an instance has read is the test's to say, not a broker's timing.
 */
class SubscriptionCatchUpTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    /** The subscriptions topic: one partition, records in order ({@code null}: a deletion). */
    private static final class Topic {
        final List<String> keys = new ArrayList<>();
        final List<Subscription> values = new ArrayList<>();

        synchronized SubscriptionWriter.Written append(String id, Subscription value) {
            keys.add(id);
            values.add(value);
            return new SubscriptionWriter.Written(0, keys.size() - 1);
        }

        synchronized int size() {
            return keys.size();
        }
    }

    /** One alert instance: its own store, fed from the topic only as far as its reader has got. */
    private static final class Instance implements SubscriptionWriter {
        final Topic topic;
        final SubscriptionStore store = new SubscriptionStore(new SecretBox(null, List.of(), true));
        final SubscriptionService service;
        /** Records of the topic applied to this instance's store. */
        int read;
        /** Whether the reader can get to the topic's end when asked (false: a follower stuck behind). */
        boolean canCatchUp = true;
        int caughtUpAsked;

        Instance(Topic topic) {
            this.topic = topic;
            this.service = new SubscriptionService(store, this, settings(), new SecretBox(null, List.of(), true), null, 100, 10_000, 1000);
        }

        /** Applies the topic's records up to (not including) {@code end}, as the follower would have by then. */
        void readTo(int end) {
            for (; read < end; read++) {
                store.apply(topic.keys.get(read), topic.values.get(read), read);
            }
        }

        void readAll() {
            readTo(topic.size());
        }

        @Override
        public Written put(Subscription subscription) {
            return topic.append(subscription.id(), subscription);
        }

        @Override
        public Written delete(String id) {
            return topic.append(id, null);
        }

        @Override
        public boolean awaitVisible(Written written, Duration timeout) {
            // The follower reads in order: an own write is visible once everything before it is read too.
            readTo((int) written.offset() + 1);
            return true;
        }

        @Override
        public boolean awaitCaughtUp(Duration timeout) {
            caughtUpAsked++;
            if (!canCatchUp) {
                return false;
            }
            readAll();
            return true;
        }
    }

    private static AlertSettings settings() {
        return new AlertSettings(List.of(Duration.ZERO, Duration.ofSeconds(5)), 0.2, Duration.ofSeconds(15), Duration.ofSeconds(5), 2048,
                32, 4, Duration.ofSeconds(5), 500, Duration.ofSeconds(10), 256, Duration.ofSeconds(1), 768, Duration.ofHours(12),
                Duration.ofDays(3), Duration.ofDays(7), 200, 32, Duration.ofHours(12), 4, Duration.ofSeconds(5), true, 6, Duration.ofSeconds(5));
    }

    private static Subscription subscription(String id) {
        return new Subscription(id, "watch", "https://hooks.example/" + id, "json", Severity.MEDIUM, List.of(), List.of(), List.of(),
                List.of("missile"), false, List.of("whsec_first"), T, T, null, 1, null);
    }

    private final Topic topic = new Topic();
    private final Instance a = new Instance(topic);
    private final Instance b = new Instance(topic);

    /** A subscription both instances have read. */
    private String created() {
        String id = "sub_catchup0000000001";
        topic.append(id, subscription(id));
        a.readAll();
        b.readAll();
        return id;
    }

    @Test
    void aResumeSentToAnInstanceBehindAPauseIsMadeOnTopOfThePause() {
        String id = created();
        // given: B pauses; A has not read that yet
        Subscription paused = b.service.setPaused(id, true, null);
        assertTrue(paused.paused());
        assertFalse(a.store.get(id).paused(), "the premise: A's copy is from before the pause");

        // when: the resume goes to A at once
        Subscription resumed = a.service.setPaused(id, false, null);

        // then: made on the pause's version, so it is a change (not a no-op on A's copy), and both end up resumed
        assertFalse(resumed.paused());
        assertEquals(paused.version() + 1, resumed.version());
        assertEquals(3, topic.size(), "creation, pause, resume: the resume was written");
        b.readAll();
        assertFalse(a.store.get(id).paused());
        assertFalse(b.store.get(id).paused());
        assertEquals(resumed.version(), b.store.get(id).version());
    }

    @Test
    void anIfMatchOnTheOtherInstancesTagHoldsAndAnOlderTagFails() {
        String id = created();
        Subscription paused = b.service.setPaused(id, true, null);
        String older = Preconditions.etag(a.store.get(id));

        // the tag B answered holds on A, which has not read B's write when the request comes
        Subscription resumed = a.service.setPaused(id, false, Preconditions.Condition.ifMatching(List.of(Preconditions.etag(paused))));
        assertFalse(resumed.paused());

        // and the tag from before the pause is no longer the subscription's, on either instance
        ProblemException stale = assertThrows(ProblemException.class,
                () -> b.service.setPaused(id, true, Preconditions.Condition.ifMatching(List.of(older))));
        assertEquals(HttpStatus.PRECONDITION_FAILED, stale.status());
        assertEquals(3, topic.size(), "nothing written for the failed precondition");
    }

    @Test
    void everyChangeOnAnInstanceThatCannotCatchUpAnswers503AndWritesNothing() {
        String id = created();
        b.service.setPaused(id, true, null);
        a.canCatchUp = false;
        int before = topic.size();

        List<Runnable> changes = List.of(
                () -> a.service.setPaused(id, false, null),
                () -> a.service.rotateSecret(id, true, null),
                () -> a.service.dropPreviousSecrets(id, null),
                () -> a.service.pauseQuietly(id, "deliveries failing"),
                () -> a.service.delete(id, null));
        for (Runnable change : changes) {
            ProblemException behind = assertThrows(ProblemException.class, change::run);
            assertEquals(HttpStatus.SERVICE_UNAVAILABLE, behind.status());
            assertTrue(behind.toProblem("/subscriptions/" + id).type().endsWith("/store-behind"), behind.getMessage());
        }
        assertEquals(changes.size(), a.caughtUpAsked, "each change asked to catch up first");
        assertEquals(before, topic.size(), "nothing was written on the stale copy");
        assertFalse(a.store.get(id).paused(), "A still holds its old copy, unchanged");

        // once its reader gets to the end, the same change is made on top of B's
        a.canCatchUp = true;
        assertFalse(a.service.setPaused(id, false, null).paused());
        assertEquals(before + 1, topic.size());
    }

    @Test
    void aDeletionThroughOneInstanceIsSeenByTheOthersNextChange() {
        String id = created();
        b.service.delete(id, null);
        assertFalse(a.store.get(id) == null, "the premise: A has not read the deletion");

        ProblemException gone = assertThrows(ProblemException.class, () -> a.service.setPaused(id, true, null));
        assertEquals(HttpStatus.NOT_FOUND, gone.status());
        assertEquals(2, topic.size(), "no record of a subscription brought back by a change on the deleted one");
    }
}

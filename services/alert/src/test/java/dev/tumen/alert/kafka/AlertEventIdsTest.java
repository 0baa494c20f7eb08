package dev.tumen.alert.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tumen.alert.Fixtures;
import dev.tumen.alert.delivery.Alert;
import dev.tumen.alert.delivery.DeliveryAttempt;
import dev.tumen.alert.delivery.DeliveryTask;
import dev.tumen.alert.story.Story;
import dev.tumen.alert.stream.StreamEvent;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.model.AlertDelivered;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

/**
 * Every record the alert writes carries a ce_id named by its event (probe of session 43): each drew a random one, so
 * one event written twice (a record sent again, a delivery made again, a race's winner written on top of the loser)
 * read as two to a reader deduplicating by ce_source and ce_id, as CloudEvents 1.0 lets it.
 */
class AlertEventIdsTest {
    private static final Instant T = Instant.parse("2026-12-06T21:00:00Z");

    private static String id(Headers h) {
        return CloudEvents.header(h, CloudEvents.ID);
    }

    private static DeliveryTask task(int attempts, Instant due) {
        return new DeliveryTask("msg_0123456789abcdef0123456789", "sub_0123456789abcdef0123", "alert.created", "json", "{}", "a1",
                "story_a1", "https://news.example/a1", "An invented title", Severity.HIGH, List.of(), List.of(), T, T, attempts,
                attempts == 0 ? null : T, due, attempts == 0 ? null : "HTTP 500");
    }

    @Test
    void aRetryTaskOrDeadLetterSentAgainIsOneEventAndTheNextAttemptsAreOthers() {
        assertEquals(id(AlertProducer.retryHeaders(task(1, T.plusSeconds(5)))), id(AlertProducer.retryHeaders(task(1, T.plusSeconds(5)))));
        assertNotEquals(id(AlertProducer.retryHeaders(task(1, T.plusSeconds(5)))), id(AlertProducer.retryHeaders(task(2, T.plusSeconds(30)))));
        // a task deferred twice (its attempts unchanged) is parked twice
        assertNotEquals(id(AlertProducer.retryHeaders(task(1, T.plusSeconds(5)))), id(AlertProducer.retryHeaders(task(1, T.plusSeconds(9)))));

        assertEquals(id(AlertProducer.deadLetterHeaders(task(3, T), "attempts exhausted: HTTP 500")),
                id(AlertProducer.deadLetterHeaders(task(3, T), "attempts exhausted: HTTP 500")));
        assertNotEquals(id(AlertProducer.deadLetterHeaders(task(3, T), "x")), id(AlertProducer.retryHeaders(task(3, T))),
                "a dead letter is not the task's retry");
    }

    @Test
    void oneMessageDeliveredTwiceIsOneDeliveredEventAndEachLogEntryIsNamedByItsAttempt() {
        // a delivery made again (the article re-read after a crash, a replay) carries the same webhook-id: one message
        AlertDelivered first = delivered("msg_a", 1, T);
        AlertDelivered again = delivered("msg_a", 1, T.plusSeconds(40));
        assertEquals(id(AlertProducer.deliveredHeaders(first)), id(AlertProducer.deliveredHeaders(again)));
        assertNotEquals(id(AlertProducer.deliveredHeaders(first)), id(AlertProducer.deliveredHeaders(delivered("msg_b", 1, T))));

        DeliveryAttempt retrying = attempt(1, "retrying", T);
        assertEquals(id(AlertProducer.logHeaders(retrying)), id(AlertProducer.logHeaders(attempt(1, "retrying", T))));
        assertNotEquals(id(AlertProducer.logHeaders(retrying)), id(AlertProducer.logHeaders(attempt(2, "retrying", T.plusSeconds(5)))));
        assertNotEquals(id(AlertProducer.logHeaders(retrying)), id(AlertProducer.logHeaders(attempt(1, "exhausted", T))));
    }

    @Test
    void aStoryVersionAndAStreamEventWrittenAgainAreOneEvent() {
        Story v2 = story(2, T);
        assertEquals(id(AlertProducer.storyHeaders(v2)), id(AlertProducer.storyHeaders(story(2, T))));
        assertNotEquals(id(AlertProducer.storyHeaders(v2)), id(AlertProducer.storyHeaders(story(3, T.plusSeconds(1)))));
        // two instances each making a version 2 from another article
        assertNotEquals(id(AlertProducer.storyHeaders(v2)), id(AlertProducer.storyHeaders(story(2, T.plusSeconds(1)))));

        ArticleLabelled a1 = Fixtures.article("a1", Severity.HIGH, "0f0f0f0f0f0f0f0f", "https://news.example/a1");
        ArticleLabelled a2 = Fixtures.article("a2", Severity.HIGH, "0f0f0f0f0f0f0f0f", "https://news.example/a2");
        Alert.StoryRef ref = new Alert.StoryRef("story_a1", 1);
        StreamEvent created = new StreamEvent("alert.created", T, a1, ref, null);
        assertEquals(id(AlertProducer.streamHeaders(created)), id(AlertProducer.streamHeaders(new StreamEvent("alert.created", T.plusSeconds(3), a1, ref, null))));
        assertNotEquals(id(AlertProducer.streamHeaders(created)), id(AlertProducer.streamHeaders(new StreamEvent("alert.created", T, a2, ref, null))));
        assertNotEquals(id(AlertProducer.streamHeaders(created)), id(AlertProducer.streamHeaders(
                new StreamEvent("alert.escalated", T, a1, ref, new Alert.Escalation(Severity.MEDIUM, Severity.HIGH)))));
    }

    @Test
    void aSubscriptionAtOneVersionIsOneEventAndADeletionIsOne() {
        Subscription v3 = version(Fixtures.subscription("sub_0123456789abcdef0123", Severity.LOW), 3, T);
        // the race's winner written again on top of the loser, or sealed again under the current key: the same change
        assertEquals(SubscriptionTopic.changeId(v3), SubscriptionTopic.changeId(version(v3, 3, T)));
        assertNotEquals(SubscriptionTopic.changeId(v3), SubscriptionTopic.changeId(version(v3, 4, T.plusSeconds(1))));
        // the loser of a race: the same version, another change
        assertNotEquals(SubscriptionTopic.changeId(v3), SubscriptionTopic.changeId(version(v3, 3, T.plusMillis(1))));
        assertEquals(SubscriptionTopic.deletionId(v3.id()), SubscriptionTopic.deletionId(v3.id()));
        assertNotEquals(SubscriptionTopic.deletionId(v3.id()), SubscriptionTopic.changeId(v3));
    }

    private static AlertDelivered delivered(String deliveryId, int attempts, Instant at) {
        return new AlertDelivered(deliveryId, "sub_0123456789abcdef0123", "a1", "https://news.example/a1", "An invented title",
                Severity.HIGH, List.of(), List.of(), attempts, 200, T, at, "alert.created", 12L, "", "json", "{}", "story_a1", T);
    }

    private static DeliveryAttempt attempt(int attempt, String outcome, Instant at) {
        return new DeliveryAttempt("msg_a", "sub_0123456789abcdef0123", "a1", "alert.created", attempt, outcome, 500, 12, at,
                "HTTP 500", "", null, task(attempt, at));
    }

    private static Story story(long version, Instant lastSeen) {
        return new Story("story_a1", List.of("0f0f0f0f0f0f0f0f"), List.of("outlet.example"), List.of("a1"), Severity.HIGH, null, T,
                lastSeen, version);
    }

    private static Subscription version(Subscription s, long version, Instant updatedAt) {
        return new Subscription(s.id(), s.name(), s.url(), s.format(), s.minSeverity(), s.categories(), s.languages(), s.sources(),
                s.keywords(), s.paused(), s.secrets(), s.createdAt(), updatedAt, s.owner(), version, s.creation());
    }
}

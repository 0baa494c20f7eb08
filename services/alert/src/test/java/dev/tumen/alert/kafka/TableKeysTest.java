package dev.tumen.alert.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.Fixtures;
import dev.tumen.alert.subscription.SecretBox;
import dev.tumen.alert.subscription.SubscriptionStore;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Severity;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class TableKeysTest {

    @Test
    void subscriptionIdsAreSubAndAShortToken() {
        assertTrue(TableKeys.isSubscriptionId("sub_0123456789abcdef0123"));
        assertTrue(TableKeys.isSubscriptionId("sub_after_junk"));
        assertTrue(TableKeys.isSubscriptionId("sub_legacy-1f2e"));
        for (String junk : new String[] {null, "", "sub_", "s1", "SUB_x", "sub_a b", "sub_a/b", "sub_\u0000", "sub_" + "a".repeat(65),
                "sub_é"}) {
            assertFalse(TableKeys.isSubscriptionId(junk), String.valueOf(junk));
        }
    }

    @Test
    void storyIdsAreStoryAndTheFirstCopysIdCutTo24() {
        assertTrue(TableKeys.isStoryId("story_0123456789abcdef01234567"));
        assertTrue(TableKeys.isStoryId("story_a1"));
        for (String junk : new String[] {null, "", "story_", "story_   ", "story_" + "a".repeat(25), "story_a\nb", "a1"}) {
            assertFalse(TableKeys.isStoryId(junk), String.valueOf(junk));
        }
    }

    /** The hole: an empty id under the empty key, with a url and a secret, was taken as a subscription. */
    @Test
    void aSubscriptionWithTheEmptyIdUnderTheEmptyKeyIsRefusedNotApplied() {
        SubscriptionStore store = new SubscriptionStore(new SecretBox(null, List.of(), true));
        SubscriptionTopic topic = new SubscriptionTopic(null, null, store);
        byte[] empty = Json.bytes(Fixtures.subscription("", Severity.LOW));
        MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> topic.apply(record("", empty)));
        assertTrue(e.getMessage().contains("subscription id"), e.getMessage());
        assertNull(store.get(""));
        assertThrows(MalformedRecordException.class, () -> topic.apply(record("", null)));
        assertThrows(MalformedRecordException.class, () -> topic.apply(record(null, empty)));

        topic.apply(record("sub_ok", Json.bytes(Fixtures.subscription("sub_ok", Severity.LOW))));
        assertEquals("sub_ok", store.get("sub_ok").id());
    }

    /**
     * A subscription stored before the API refused invisible and bidirectional characters in a webhook URL (session 38)
     * is refused on load with the reason, and the subscription's last good record stays.
     */
    @Test
    void aStoredSubscriptionWhoseUrlHoldsInvisibleOrBidiCharactersIsRefusedWithTheReason() {
        SubscriptionStore store = new SubscriptionStore(new SecretBox(null, List.of(), true));
        SubscriptionTopic topic = new SubscriptionTopic(null, null, store);
        topic.apply(record("sub_kept", Json.bytes(Fixtures.subscription("sub_kept", Severity.LOW))));
        for (String hidden : List.of("\u202E", "\u200B", "\u2066", "\u0085", "\uFEFF", "\u00AD", "\uDB40\uDC41")) {
            byte[] stored = Json.bytes(Fixtures.subscription("sub_kept", Severity.LOW, "https://hooks.example/" + hidden + "moc.elgoog"));
            MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> topic.apply(record("sub_kept", stored)));
            assertTrue(e.getMessage().contains("url must not hold control, invisible or bidirectional"), e.getMessage());
            assertEquals("https://example.org/hook", store.get("sub_kept").url());
        }
        topic.apply(record("sub_encoded", Json.bytes(Fixtures.subscription("sub_encoded", Severity.LOW,
                "https://hooks.example/%E2%80%AEmoc.elgoog"))));
        assertEquals("https://hooks.example/%E2%80%AEmoc.elgoog", store.get("sub_encoded").url(), "percent-encoded, it is ASCII");
    }

    @Test
    void theReasonsNameTheKeyBounded() {
        String longKey = "x".repeat(500);
        MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> TableKeys.requireStoryKey(longKey));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        assertTrue(assertThrows(MalformedRecordException.class, () -> TableKeys.requireLogKey(null)).getMessage().contains("no key"));
        TableKeys.requireLogKey("sub_0123456789abcdef0123");
        TableKeys.requireStoryKey("story_x");
    }

    private static ConsumerRecord<String, byte[]> record(String key, byte[] value) {
        return new ConsumerRecord<>("tumen.subscriptions.v1", 0, 7, key, value);
    }
}

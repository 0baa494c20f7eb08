package dev.tumen.alert.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.Fixtures;
import dev.tumen.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionStoreTest {
    final SubscriptionStore store = new SubscriptionStore(new SecretBox(null, List.of(), true));

    @Test
    void creatingAndDeletingInALoopHoldsABoundedMemoryOfDeletions() {
        long offset = 0;
        for (int i = 0; i < SubscriptionStore.REMEMBERED_REMOVALS * 3; i++) {
            String id = "sub_churn" + i;
            store.apply(id, Fixtures.subscription(id, Severity.HIGH), offset++);
            store.apply(id, null, offset++);
        }
        assertTrue(store.revisionsHeld() <= SubscriptionStore.REMEMBERED_REMOVALS, "held " + store.revisionsHeld());
        assertTrue(store.all().isEmpty());
        // The newest deletion is still known with what it landed on (what SecretMigration looks at).
        String last = "sub_churn" + (SubscriptionStore.REMEMBERED_REMOVALS * 3 - 1);
        assertNull(store.latest(last).raw());
        assertNotNull(store.beforeLatest(last).raw());
    }

    @Test
    void listenersHearOfEachDeletionOnceAndOfNothingElse() {
        List<String> removed = new ArrayList<>();
        store.onRemoved(removed::add);
        store.apply("sub_a", Fixtures.subscription("sub_a", Severity.HIGH), 0);
        store.apply("sub_a", Fixtures.subscription("sub_a", Severity.LOW), 1);
        store.apply("sub_b", null, 2);
        store.apply("sub_a", null, 3);
        store.apply("sub_a", null, 4);
        assertEquals(List.of("sub_a"), removed);
    }

    private static dev.tumen.model.Subscription version(String id, String name, long version, long at) {
        dev.tumen.model.Subscription s = Fixtures.subscription(id, Severity.HIGH);
        return new dev.tumen.model.Subscription(id, name, s.url(), s.format(), s.minSeverity(), s.categories(), s.languages(), s.sources(),
                s.keywords(), false, s.secrets(), java.time.Instant.EPOCH, java.time.Instant.ofEpochSecond(at), null, version, null);
    }

    /**
     * Two instances that each read version 1 and wrote a version 2 (probe of session 32): the table, on every instance
     * reading the topic in order, keeps the first; a change landing after a deletion does not bring the subscription back.
     * Before versions, the last record read won: the second change overwrote the first, the change resurrected it.
     */
    @Test
    void aChangeBasedOnAVersionAnotherChangeAlreadyReplacedLosesOnEveryInstance() {
        store.apply("sub_v", version("sub_v", "created", 1, 1), 10);
        store.apply("sub_v", version("sub_v", "first change", 2, 2), 11);
        store.apply("sub_v", version("sub_v", "second change", 2, 3), 12);
        assertEquals("first change", store.get("sub_v").name());
        assertTrue(store.applied("sub_v", 11));
        assertTrue(!store.applied("sub_v", 12), "the second change lost");
        // An older version, then the winner written again on top (the loser's cover, or a re-encryption): as it is.
        store.apply("sub_v", version("sub_v", "stale", 1, 4), 13);
        assertEquals("first change", store.get("sub_v").name());
        store.apply("sub_v", version("sub_v", "first change", 2, 2), 14);
        assertTrue(store.applied("sub_v", 14));
        store.apply("sub_v", version("sub_v", "third change", 3, 5), 15);
        assertEquals("third change", store.get("sub_v").name());

        store.apply("sub_v", null, 16);
        store.apply("sub_v", version("sub_v", "change racing the delete", 4, 6), 17);
        store.apply("sub_v", version("sub_v", "another", 5, 7), 18);
        assertNull(store.get("sub_v"), "a change written after the deletion brought the subscription back");
        assertTrue(!store.applied("sub_v", 18));

        // Records from before versions (0) are applied in the order read, as before.
        store.apply("sub_old", Fixtures.subscription("sub_old", Severity.HIGH), 20);
        store.apply("sub_old", Fixtures.subscription("sub_old", Severity.LOW), 21);
        assertEquals(Severity.LOW, store.get("sub_old").minSeverity());
    }
}

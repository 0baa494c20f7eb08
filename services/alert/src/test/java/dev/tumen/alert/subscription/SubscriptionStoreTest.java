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
}

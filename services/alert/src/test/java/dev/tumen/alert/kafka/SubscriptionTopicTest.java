package dev.tumen.alert.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.Fixtures;
import dev.tumen.alert.subscription.SecretBox;
import dev.tumen.alert.subscription.SubscriptionStore;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class SubscriptionTopicTest {
    /** Counts the URLs it opens. */
    private static final class CountingBox extends SecretBox {
        final AtomicInteger urlsOpened = new AtomicInteger();

        CountingBox() {
            super(null, List.of(), true);
        }

        @Override
        public String openUrl(Subscription s) {
            urlsOpened.incrementAndGet();
            return super.openUrl(s);
        }
    }

    /**
     * A record's URL is decrypted once as it is loaded (review of session 43): the loader opened it to check it, and the
     * store opened the whole record again, URL included, on every record of the table at every start.
     */
    @Test
    void aLoadedRecordIsDecryptedOnceAndCheckedAsBefore() {
        CountingBox box = new CountingBox();
        SubscriptionStore store = new SubscriptionStore(box);
        SubscriptionTopic topic = new SubscriptionTopic(null, null, store);
        Subscription sealed = box.seal(Fixtures.subscription("sub_sealed", Severity.LOW));

        topic.apply(new ConsumerRecord<>("tumen.subscriptions.v1", 0, 3, "sub_sealed", Json.bytes(sealed)));

        assertEquals(1, box.urlsOpened.get());
        assertEquals("https://example.org/hook", store.get("sub_sealed").url());
        // the check still reads the URL decrypted
        Subscription hidden = box.seal(Fixtures.subscription("sub_sealed", Severity.LOW, "https://hooks.example/\u202Emoc.elgoog"));
        MalformedRecordException e = assertThrows(MalformedRecordException.class,
                () -> topic.apply(new ConsumerRecord<>("tumen.subscriptions.v1", 0, 4, "sub_sealed", Json.bytes(hidden))));
        assertTrue(e.getMessage().contains("url must not hold control"), e.getMessage());
        assertEquals("https://example.org/hook", store.get("sub_sealed").url());
    }

    /** A record under a key this instance lacks is kept paused, as before, whatever its URL. */
    @Test
    void aRecordUnderAnotherKeyIsKeptPaused() {
        SecretBox other = new SecretBox("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", List.of(), false);
        SubscriptionStore store = new SubscriptionStore(new SecretBox(null, List.of(), true));
        SubscriptionTopic topic = new SubscriptionTopic(null, null, store);
        Subscription sealed = other.seal(Fixtures.subscription("sub_other", Severity.LOW));

        topic.apply(new ConsumerRecord<>("tumen.subscriptions.v1", 0, 5, "sub_other", Json.bytes(sealed)));

        assertTrue(store.get("sub_other").paused());
        assertTrue(store.get("sub_other").secrets().isEmpty());
    }

    /**
     * A subscription stored before a rule on webhook hosts was made (a host mixing scripts, session 43; one wholly in
     * Cyrillic letters that look Latin, session 44) was loaded and delivered to as before: its host read as another to
     * whoever listed it. Now kept and listed as stored but delivered nothing, until a record with another URL replaces it.
     */
    @Test
    void aStoredRecordWhoseHostNowBreaksARuleIsKeptButDeliveredNothing() {
        SubscriptionStore store = new SubscriptionStore(new SecretBox(null, List.of(), true));
        SubscriptionTopic topic = new SubscriptionTopic(null, null, store);
        long offset = 10;
        for (String url : List.of("https://\u0430\u0440\u0440\u04cf\u0435.com/hook", "https://hooks.ex\u0430mple.com/hook",
                "https://\u0391\u03a1\u03a1.net/hook", "https://\u0581\u0585\u0585\u0581.com/hook" /* Armenian, session 45 */)) {
            String id = "sub_held" + offset;
            topic.apply(new ConsumerRecord<>("tumen.subscriptions.v1", 0, offset++, id,
                    Json.bytes(Fixtures.subscription(id, Severity.LOW, url))));
            assertEquals(url, store.get(id).url(), "kept as stored");
            assertTrue(!store.get(id).paused() && store.held(id), url);
            assertTrue(store.active().stream().noneMatch(x -> x.id().equals(id)), url + " is delivered nothing");
            // its owner changes the URL: delivered again
            topic.apply(new ConsumerRecord<>("tumen.subscriptions.v1", 0, offset++, id,
                    Json.bytes(Fixtures.subscription(id, Severity.LOW, "https://xn--80ak6aa92e.com/hook"))));
            assertTrue(!store.held(id) && store.active().stream().anyMatch(x -> x.id().equals(id)), url);
        }
        assertEquals(0, store.heldCount());
        topic.apply(new ConsumerRecord<>("tumen.subscriptions.v1", 0, offset++, "sub_held99",
                Json.bytes(Fixtures.subscription("sub_held99", Severity.LOW, "https://\u0441\u043e\u0440.com/hook"))));
        assertEquals(1, store.heldCount());
        topic.apply(new ConsumerRecord<>("tumen.subscriptions.v1", 0, offset, "sub_held99", null));
        assertEquals(0, store.heldCount(), "deleted");
        // a word of the language under its own domain is a name
        topic.apply(new ConsumerRecord<>("tumen.subscriptions.v1", 0, offset + 1, "sub_home",
                Json.bytes(Fixtures.subscription("sub_home", Severity.LOW, "https://\u0441\u043e\u0440.\u0440\u0444/hook"))));
        assertTrue(!store.held("sub_home") && store.active().stream().anyMatch(x -> x.id().equals("sub_home")));
    }
}

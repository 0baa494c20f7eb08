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
}

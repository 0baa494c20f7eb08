package dev.tumen.alert.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The re-encryption racing an edit from another instance, on a log kept in memory: each record gets the next offset
 * and is read back into the store as the topic's follower would, and a hook lets "another instance" write just
 * before the migration's own write lands.
 */
class SecretMigrationTest {
    private final SecretBox box = new SecretBox(key(), List.of(), false);
    private final SubscriptionStore store = new SubscriptionStore(box);
    private final Log log = new Log();
    private final SecretMigration migration = new SecretMigration(store, log, box, Duration.ofSeconds(1));

    private static String key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    /** The subscriptions topic of one key, with a hook for a write that overtakes the next one. */
    private final class Log implements SubscriptionWriter {
        final List<Subscription> records = new ArrayList<>();
        final List<Subscription> overtakers = new ArrayList<>();

        void append(Subscription s) {
            records.add(s);
            store.apply(s == null ? "sub_1" : s.id(), s, records.size() - 1);
        }

        @Override
        public Written put(Subscription s) {
            // The other instance's writes land first, as if sent between this one's read and its write.
            new ArrayList<>(overtakers).forEach(this::append);
            overtakers.clear();
            append(s);
            return new Written(0, records.size() - 1);
        }

        @Override
        public Written delete(String id) {
            append(null);
            return new Written(0, records.size() - 1);
        }

        @Override
        public boolean awaitVisible(Written written, Duration timeout) {
            return true;
        }

        Subscription last() {
            return records.get(records.size() - 1);
        }
    }

    private static Subscription sub(String name, List<String> secrets) {
        return new Subscription("sub_1", name, "https://hooks.example/x", "json", Severity.HIGH, List.of(), List.of(), List.of(), List.of(),
                false, secrets, Instant.EPOCH, Instant.EPOCH, "desk-token");
    }

    @Test
    void aPlaintextSecretIsReencryptedWhenNothingElseWrites() {
        log.append(sub("desk", List.of("whsec_OLD")));
        assertEquals(1, migration.reseal());
        assertEquals(2, log.records.size());
        assertTrue(log.last().secrets().get(0).startsWith(SecretBox.PREFIX));
        assertEquals(List.of("whsec_OLD"), store.get("sub_1").secrets());
        assertTrue(store.unsealed().isEmpty());
    }

    @Test
    void anEditFromAnotherInstanceThatLandsFirstIsNotOverwrittenByTheOlderReencryptedRecord() {
        log.append(sub("desk", List.of("whsec_OLD")));
        Subscription edit = box.seal(sub("desk renamed", List.of("whsec_NEW")));
        log.overtakers.add(edit);

        migration.reseal();

        // The log: the plaintext record, the other instance's edit, the re-encrypted stale record, the edit again.
        assertEquals(4, log.records.size());
        assertEquals("desk", log.records.get(2).name(), "the stale re-encryption did land: Kafka has no compare-and-set");
        assertEquals(edit, log.last(), "the newer edit is written again on top, unchanged");
        assertEquals("desk renamed", store.get("sub_1").name());
        assertEquals(List.of("whsec_NEW"), store.get("sub_1").secrets());
        assertTrue(store.unsealed().isEmpty());
    }

    @Test
    void aDeletionFromAnotherInstanceThatLandsFirstIsNotUndone() {
        log.append(sub("desk", List.of("whsec_OLD")));
        log.overtakers.add(null);

        migration.reseal();

        assertEquals(4, log.records.size());
        assertNull(log.last(), "the tombstone is written again on top");
        assertNull(store.get("sub_1"));
    }

    @Test
    void anEditThatLandsAfterTheReencryptedRecordStandsWithoutARewrite() {
        log.append(sub("desk", List.of("whsec_OLD")));
        migration.reseal();
        log.append(box.seal(sub("desk renamed", List.of("whsec_NEW"))));
        migration.reseal();
        assertEquals(3, log.records.size(), "nothing left to re-encrypt, nothing re-written");
        assertEquals("desk renamed", store.get("sub_1").name());
    }
}

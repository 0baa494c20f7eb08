package dev.tumen.alert.subscription;

import dev.tumen.alert.AlertSettings;
import dev.tumen.model.Subscription;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves webhook secrets stored before encryption (or under a previous key) to the current key: once at start-up,
 * when the subscriptions topic has been read to its end, and then every minute for records an older instance still
 * writes during a rolling upgrade. Not before start-up: a half-read topic could re-write a value a later record
 * already replaced.
 *
 * <p>Kafka has no compare-and-set, so a re-encrypted record can land on top of an edit (or a deletion) another
 * instance wrote after this one read the record it re-encrypted. After each write this checks, once the write is
 * read back, that the record just before it is the one it was based on; if another record came between, that
 * record (the newer edit) is written again, unchanged, on top, and checked the same way. An edit that lands after the
 * re-encrypted record needs nothing: it is newer and stands.
 */
@Singleton
public class SecretMigration {
    private static final Logger LOG = LoggerFactory.getLogger(SecretMigration.class);
    /** Each round is provoked by another instance writing the same key within milliseconds; three in a row is absurd. */
    private static final int MAX_ROUNDS = 3;
    private final SubscriptionStore store;
    private final SubscriptionWriter writer;
    private final SecretBox secrets;
    private final Duration writeTimeout;
    private volatile boolean started;

    @Inject
    public SecretMigration(SubscriptionStore store, SubscriptionWriter writer, SecretBox secrets, AlertSettings settings) {
        this(store, writer, secrets, settings.writeTimeout());
    }

    public SecretMigration(SubscriptionStore store, SubscriptionWriter writer, SecretBox secrets, Duration writeTimeout) {
        this.store = store;
        this.writer = writer;
        this.secrets = secrets;
        this.writeTimeout = writeTimeout;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        started = true;
        run();
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "1m")
    void run() {
        if (!started) {
            return;
        }
        try {
            int n = reseal();
            if (n > 0) {
                LOG.info("Re-wrote {} subscription(s) whose webhook secrets were plaintext or under a previous key", n);
            }
        } catch (RuntimeException e) {
            // Kafka may be briefly away; the next run tries again, and the secrets still work meanwhile.
            LOG.warn("Re-encrypting stored webhook secrets failed, will retry: {}", e.getMessage());
        }
    }

    /**
     * Re-writes each subscription whose latest record still holds a plaintext secret or one under a previous key,
     * encrypted with the current key, without losing an edit another instance made meanwhile.
     *
     * @return how many were re-written
     */
    public int reseal() {
        int n = 0;
        for (String id : store.unsealed()) {
            SubscriptionStore.Revision basis = store.latest(id);
            // Empty secrets: the stored ones did not decrypt with any configured key, nothing to re-write.
            if (basis == null || basis.opened() == null || basis.opened().secrets().isEmpty()) {
                continue;
            }
            SubscriptionWriter.Written written = writer.put(secrets.seal(basis.opened()));
            n++;
            keepNewestOnTop(id, basis.offset(), written);
        }
        return n;
    }

    private void keepNewestOnTop(String id, long basisOffset, SubscriptionWriter.Written written) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (!writer.awaitVisible(written, writeTimeout)) {
                // Not read back yet: the record stays unsealed or not as the log says, and the next run looks again.
                return;
            }
            SubscriptionStore.Revision top = store.latest(id);
            SubscriptionStore.Revision under = store.beforeLatest(id);
            if (top == null || top.offset() != written.offset() || under == null || under.offset() == basisOffset) {
                // A newer record is on top of ours (it stands), or ours came right after the record it was based on.
                return;
            }
            Subscription newer = under.raw();
            LOG.info("Subscription {}: another instance wrote it (offset {}) while its secret was re-encrypted; "
                    + "writing that newer record on top again", id, under.offset());
            basisOffset = written.offset();
            written = newer == null ? writer.delete(id) : writer.put(newer);
        }
        LOG.warn("Subscription {}: still contended after {} rounds of re-writing its newest record; the next run checks again",
                id, MAX_ROUNDS);
    }
}

package dev.tumen.alert.subscription;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves webhook secrets stored before encryption (or under a previous key) to the current key: once at start-up,
 * when the subscriptions topic has been read to its end, and then every minute for records an older instance still
 * writes during a rolling upgrade. Not before start-up: a half-read topic could re-write a value a later record
 * already replaced.
 */
@Singleton
public class SecretMigration {
    private static final Logger LOG = LoggerFactory.getLogger(SecretMigration.class);
    private final SubscriptionService service;
    private volatile boolean started;

    public SecretMigration(SubscriptionService service) {
        this.service = service;
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
            int n = service.resealStoredSecrets();
            if (n > 0) {
                LOG.info("Re-wrote {} subscription(s) whose webhook secrets were plaintext or under a previous key", n);
            }
        } catch (RuntimeException e) {
            // Kafka may be briefly away; the next run tries again, and the secrets still work meanwhile.
            LOG.warn("Re-encrypting stored webhook secrets failed, will retry: {}", e.getMessage());
        }
    }
}

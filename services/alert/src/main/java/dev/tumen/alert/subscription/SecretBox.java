package dev.tumen.alert.subscription;

import dev.tumen.common.security.Sealer;
import dev.tumen.model.Subscription;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * Encrypts webhook signing secrets and webhook URLs before they reach the subscriptions topic and decrypts them when
 * read back ({@link Sealer}: AES-256-GCM, key {@code TUMEN_ENCRYPTION_KEY}, previous keys decrypt). A URL is a
 * credential too: whoever knows a Slack or Discord webhook URL, or one with a token in its query, can post to that
 * channel, and other systems read the topics. A secret is bound to its subscription id, a URL to the id and being a
 * URL. A subscription is re-encrypted with the current key on its next write.
 *
 * <p>A {@link Context} bean: outside the {@code dev} environment a missing or malformed key stops start-up. In dev a
 * fixed, publicly known key is used so restarts can read their own topic. Neither keys nor secrets are logged.
 */
@Context
public class SecretBox {
    static final String PREFIX = Sealer.PREFIX;
    private final Sealer sealer;

    public SecretBox(@Nullable @Value("${tumen.encryption.key:}") String key,
                     @Nullable @Value("${tumen.encryption.previous-keys:}") List<String> previous,
                     Environment environment) {
        this(key, previous, environment.getActiveNames().contains(Environment.DEVELOPMENT));
    }

    public SecretBox(@Nullable String key, @Nullable List<String> previous, boolean dev) {
        this.sealer = new Sealer(key, previous, dev, "webhook secrets and URLs");
    }

    /** The subscription as it goes to the topic: its URL and every secret encrypted with the current key. */
    public Subscription seal(Subscription s) {
        List<String> sealed = new ArrayList<>();
        for (String secret : s.secrets()) {
            sealed.add(sealer.seal(s.id(), secret));
        }
        String url = s.url() == null ? null : sealer.seal(urlContext(s.id()), s.url());
        return with(s, url, sealed);
    }

    /**
     * The subscription as this service uses it: URL and secrets decrypted. Legacy plaintext values pass unchanged.
     *
     * @throws IllegalStateException when a value was encrypted with a key this instance does not have
     */
    public Subscription open(Subscription s) {
        List<String> opened = new ArrayList<>();
        for (String secret : s.secrets()) {
            opened.add(sealer.open(s.id(), secret));
        }
        return with(s, openUrl(s), opened);
    }

    /**
     * The webhook URL of a subscription as read from the topic, decrypted; legacy plaintext passes unchanged.
     *
     * @throws IllegalStateException when it was encrypted with a key this instance does not have
     */
    public String openUrl(Subscription s) {
        return s.url() == null ? null : sealer.open(urlContext(s.id()), s.url());
    }

    /** What a URL is bound to: its subscription, and being a URL (a sealed URL cannot pass for a signing secret). */
    private static String urlContext(String subscriptionId) {
        return subscriptionId + "#url";
    }

    /**
     * True when {@code stored} (as read from the topic) holds a secret that is not encrypted with the current key: a
     * plaintext one written before encryption existed, or one under a previous key. {@link SecretMigration} re-writes
     * those, so a plaintext secret does not stay readable in the topic and a previous key can be retired.
     */
    public boolean needsSealing(Subscription stored) {
        return stored.secrets().stream().anyMatch(secret -> !sealer.isSealedWithCurrentKey(secret))
                || stored.url() != null && !sealer.isSealedWithCurrentKey(stored.url());
    }

    String encrypt(String subscriptionId, String secret) {
        return sealer.seal(subscriptionId, secret);
    }

    String decrypt(String subscriptionId, String value) {
        return sealer.open(subscriptionId, value);
    }

    private static Subscription with(Subscription s, String url, List<String> secrets) {
        return new Subscription(s.id(), s.name(), url, s.format(), s.minSeverity(), s.categories(), s.languages(), s.sources(),
                s.keywords(), s.paused(), secrets, s.createdAt(), s.updatedAt(), s.owner(), s.version(), s.creation());
    }
}

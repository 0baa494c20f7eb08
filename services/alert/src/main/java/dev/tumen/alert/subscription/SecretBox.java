package dev.tumen.alert.subscription;

import dev.tumen.model.Subscription;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts webhook signing secrets and webhook URLs before they reach the subscriptions topic and decrypts them when
 * read back. A URL is a credential too: whoever knows a Slack or Discord webhook URL, or one with a token in its
 * query, can post to that channel, and other systems read the topics. The scheme:
 * AES-256-GCM (authenticated), a fresh 96-bit nonce per value, the subscription id as associated data (a secret
 * cannot be moved to another subscription), and a key id in every value so keys can rotate:
 * {@code TUMEN_ENCRYPTION_KEY} encrypts, it and {@code TUMEN_ENCRYPTION_PREVIOUS_KEYS} decrypt. A subscription is
 * re-encrypted with the current key on its next write.
 *
 * <p>A {@link Context} bean: outside the {@code dev} environment a missing or malformed key stops start-up. In dev a
 * fixed, publicly known key is used so restarts can read their own topic. Neither keys nor secrets are logged.
 */
@Context
public class SecretBox {
    static final String PREFIX = "tmnenc:v1:";
    private static final Logger LOG = LoggerFactory.getLogger(SecretBox.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    public SecretBox(@Nullable @Value("${tumen.encryption.key:}") String key,
                     @Nullable @Value("${tumen.encryption.previous-keys:}") List<String> previous,
                     Environment environment) {
        this(key, previous, environment.getActiveNames().contains(Environment.DEVELOPMENT));
    }

    public SecretBox(@Nullable String key, @Nullable List<String> previous, boolean dev) {
        byte[] current;
        if (key == null || key.isBlank()) {
            if (!dev) {
                throw new ConfigurationException("tumen.encryption.key (env TUMEN_ENCRYPTION_KEY) must be set outside the dev "
                        + "environment: webhook secrets are stored encrypted with it. Make one with `openssl rand -base64 32`.");
            }
            LOG.warn("No tumen.encryption.key: webhook secrets are encrypted with the public dev key (environment dev only)");
            current = sha256("tumen-dev-only-public-encryption-key".getBytes(StandardCharsets.US_ASCII));
        } else {
            current = decodeKey(key, "tumen.encryption.key");
        }
        currentId = add(current);
        for (String old : previous == null ? List.<String>of() : previous) {
            if (old != null && !old.isBlank()) {
                add(decodeKey(old, "tumen.encryption.previous-keys"));
            }
        }
    }

    /** The subscription as it goes to the topic: its URL and every secret encrypted with the current key. */
    public Subscription seal(Subscription s) {
        List<String> sealed = new ArrayList<>();
        for (String secret : s.secrets()) {
            sealed.add(secret.startsWith(PREFIX) ? secret : encrypt(s.id(), secret));
        }
        String url = s.url() == null || s.url().startsWith(PREFIX) ? s.url() : encrypt(urlContext(s.id()), s.url());
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
            opened.add(secret.startsWith(PREFIX) ? decrypt(s.id(), secret) : secret);
        }
        String url = s.url() != null && s.url().startsWith(PREFIX) ? decrypt(urlContext(s.id()), s.url()) : s.url();
        return with(s, url, opened);
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
        String current = PREFIX + currentId + ":";
        return stored.secrets().stream().anyMatch(secret -> !secret.startsWith(current))
                || stored.url() != null && !stored.url().startsWith(current);
    }

    String encrypt(String subscriptionId, String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + currentId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a webhook secret", e);
        }
    }

    String decrypt(String subscriptionId, String value) {
        String rest = value.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String keyId = colon < 0 ? "" : rest.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("a webhook secret of subscription " + subscriptionId + " is encrypted with key " + keyId
                    + ", which is neither tumen.encryption.key nor in tumen.encryption.previous-keys");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(rest.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a webhook secret of subscription " + subscriptionId + " does not decrypt with key "
                    + keyId + " (tampered, or moved from another subscription)");
        }
    }

    private String add(byte[] key) {
        // The id names the key without revealing it: the first 8 hex digits of its SHA-256.
        String id = HexFormat.of().formatHex(sha256(key)).substring(0, 8);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    private static byte[] decodeKey(String text, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(setting + " must be base64 of 32 random bytes (`openssl rand -base64 32`)");
        }
        if (key.length != 32) {
            throw new ConfigurationException(setting + " must be base64 of exactly 32 bytes (AES-256), got " + key.length + " bytes");
        }
        return key;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Subscription with(Subscription s, String url, List<String> secrets) {
        return new Subscription(s.id(), s.name(), url, s.format(), s.minSeverity(), s.categories(), s.languages(), s.sources(),
                s.keywords(), s.paused(), secrets, s.createdAt(), s.updatedAt(), s.owner());
    }
}

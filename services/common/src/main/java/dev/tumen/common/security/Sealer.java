package dev.tumen.common.security;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
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
 * Encrypts the credentials Tumen must keep in its compacted topics (webhook secrets and URLs, feed URLs with a key in
 * their query) so that whoever reads a topic does not read them: other systems read the topics. AES-256-GCM
 * (authenticated), a fresh 96-bit nonce per value, associated data naming what the value belongs to (a sealed value
 * cannot be moved to another record or field), and a key id in every value so keys can rotate:
 * {@code tmnenc:v1:<key id>:<base64url of nonce, ciphertext and tag>}. {@code tumen.encryption.key}
 * ({@code TUMEN_ENCRYPTION_KEY}) encrypts; it and {@code tumen.encryption.previous-keys} decrypt.
 *
 * <p>Outside the {@code dev} environment a missing or malformed key stops start-up. In dev a fixed, publicly known key
 * is used so restarts can read their own topics. Neither keys nor plaintexts are logged.
 */
public final class Sealer {
    public static final String PREFIX = "tmnenc:v1:";
    private static final Logger LOG = LoggerFactory.getLogger(Sealer.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String what;
    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    /**
     * @param what what the key protects, for the start-up refusal and the dev warning ("webhook secrets", "feed URLs")
     */
    public Sealer(@Nullable String key, @Nullable List<String> previous, boolean dev, String what) {
        this.what = what;
        byte[] current;
        if (key == null || key.isBlank()) {
            if (!dev) {
                throw new ConfigurationException("tumen.encryption.key (env TUMEN_ENCRYPTION_KEY) must be set outside the dev "
                        + "environment: " + what + " are stored encrypted with it. Make one with `openssl rand -base64 32`.");
            }
            LOG.warn("No tumen.encryption.key: {} are encrypted with the public dev key (environment dev only)", what);
            current = sha256("tumen-dev-only-public-encryption-key".getBytes(StandardCharsets.US_ASCII));
        } else {
            current = decodeKey(key, "tumen.encryption.key");
            // an old key of few values must still open what it sealed, so only the key that seals from now on is judged
            if (!dev && Secrets.distinct(current) < Secrets.MIN_DISTINCT) {
                throw new ConfigurationException("tumen.encryption.key (env TUMEN_ENCRYPTION_KEY) is 32 bytes of fewer than "
                        + Secrets.MIN_DISTINCT + " different values (all zeros, one byte repeated), which no random source gives: "
                        + what + " would be sealed with a key anyone can guess. Make one with `openssl rand -base64 32`.");
            }
        }
        currentId = add(current);
        for (String old : previous == null ? List.<String>of() : previous) {
            if (old != null && !old.isBlank()) {
                add(decodeKey(old, "tumen.encryption.previous-keys"));
            }
        }
    }

    /** Whether {@code value} is a sealed value (under any key) rather than a plaintext. */
    public static boolean isSealed(@Nullable String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** Whether {@code value} is sealed with the current key: anything else (plaintext, a previous key) is re-sealed. */
    public boolean isSealedWithCurrentKey(@Nullable String value) {
        return value != null && value.startsWith(PREFIX + currentId + ":");
    }

    /** {@code plaintext} sealed for {@code context}; a value already sealed passes unchanged. */
    public String seal(String context, String plaintext) {
        if (isSealed(plaintext)) {
            return plaintext;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + currentId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt one of the " + what, e);
        }
    }

    /**
     * The plaintext of {@code value} sealed for {@code context}; a plaintext (from before encryption) passes unchanged.
     *
     * @throws IllegalStateException when the value was sealed with a key this instance does not have, for another
     *                               context, or was altered
     */
    public String open(String context, String value) {
        if (!isSealed(value)) {
            return value;
        }
        String rest = value.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String keyId = colon < 0 ? "" : rest.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("a value of " + context + " is encrypted with key " + keyId
                    + ", which is neither tumen.encryption.key nor in tumen.encryption.previous-keys");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(rest.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a value of " + context + " does not decrypt with key " + keyId
                    + " (tampered, or moved from another record)");
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
}

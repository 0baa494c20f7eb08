package dev.tumen.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} + base64 HMAC-SHA256 over {@code id.timestamp.body}, keyed with the
 * base64-decoded part of a {@code whsec_} secret; several signatures are separated by spaces (secret rotation).
 */
public final class Signer {
    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signer() {
    }

    /** A new secret: 32 random bytes (the spec asks for 24 to 64). */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** One {@code v1,…} signature. */
    public static String sign(String secret, String id, long timestampSeconds, String body) {
        return sign(secret, id, timestampSeconds, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The same over the body's UTF-8 bytes, as sent: no second copy of the body to sign it. */
    public static String sign(String secret, String id, long timestampSeconds, byte[] body) {
        Mac mac = keyed(secret);
        mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    /**
     * A Mac keyed with {@code secret}, ready for the message: a copy of the secret's keyed Mac. Each signature
     * used to look up a thread's Mac and key it again (decode nothing, but copy the key, pad it and hash the inner pad);
     * a clone copies the hash state with the inner pad already in it, and no Mac is kept per thread (the first attempts
     * are signed on the articles thread, the next ones on any of the HTTP client's threads).
     */
    private static Mac keyed(String secret) {
        Mac prototype = KEYED.get(secret);
        if (prototype == null) {
            if (KEYED.size() >= MAX_KEYS) {
                KEYED.clear();
            }
            prototype = newMac(secret);
            KEYED.put(secret, prototype);
        }
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            // Not with the JDK's own provider; another one may not copy its state: key a new Mac instead.
            return newMac(secret);
        }
    }

    /** A Mac keyed with {@code secret}, the key's inner pad hashed (an empty update does it). */
    private static Mac newMac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update(new byte[0]);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE and takes any key", e);
        }
    }

    /**
     * Keyed Macs by secret, never used themselves, only cloned. Bounded: emptied when it outgrows {@value #MAX_KEYS}
     * (rotations and deleted subscriptions leave old secrets).
     */
    private static final java.util.Map<String, Mac> KEYED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEYS = 10_000;

    /** The {@code webhook-signature} header value: one signature per secret, newest first. */
    public static String header(List<String> secrets, String id, long timestampSeconds, String body) {
        return header(secrets, id, timestampSeconds, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The same over the body's UTF-8 bytes. */
    public static String header(List<String> secrets, String id, long timestampSeconds, byte[] body) {
        if (secrets.size() == 1) {
            return sign(secrets.get(0), id, timestampSeconds, body);
        }
        return secrets.stream().map(s -> sign(s, id, timestampSeconds, body)).collect(Collectors.joining(" "));
    }

    /** True when any signature in {@code header} is valid for {@code secret} (what a receiver does). */
    public static boolean verify(String secret, String id, long timestampSeconds, String body, String header) {
        byte[] expected = sign(secret, id, timestampSeconds, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : header.split(" ")) {
            if (java.security.MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}

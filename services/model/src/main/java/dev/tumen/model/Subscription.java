package dev.tumen.model;

import java.time.Instant;
import java.util.List;

/**
 * A subscriber's standing request for alerts, kept in the compacted topic {@link Topics#SUBSCRIPTIONS}
 * (key: {@link #id()}; a {@code null} value deletes). Every alert instance reads the whole topic, so a
 * subscription created on one instance is used by all.
 *
 * @param id          subscription id (server-assigned)
 * @param name        a human name for the subscriber
 * @param url         the webhook URL alerts are POSTed to. On the topic it is encrypted like the secrets (a Slack or
 *                    Discord URL, or one with a token in its query, lets anyone who knows it post); plaintext URLs
 *                    from older versions are read as they are and re-encrypted at the next start
 * @param format      payload format: {@code json}, {@code slack} or {@code discord}
 * @param minSeverity alerts are sent for relevant articles at or above this severity
 * @param categories  when not empty, the article must have at least one of these categories
 * @param languages   when not empty, the article's language must be one of these
 * @param sources     when not empty, the article's source must contain one of these (case-insensitive)
 * @param keywords    when not empty, the article's title or body must contain one of these words or phrases
 * @param paused      a paused subscription receives nothing
 * @param secrets     signing secrets, newest first; during rotation more than one is used to sign. Never
 *                    returned by the API after creation. On the topic each is encrypted
 *                    ({@code tmnenc:v1:<key id>:<base64url of nonce, ciphertext and tag>}, AES-256-GCM with the
 *                    subscription id as associated data, key from {@code TUMEN_ENCRYPTION_KEY}); readers holding the
 *                    key see {@code whsec_…} values. Plaintext {@code whsec_…} values from older versions are read as they are.
 * @param createdAt   creation time
 * @param updatedAt   time of the last change
 * @param owner       name of the access token that created it (subscription quotas count per token), or
 *                    {@code null} for subscriptions from before owners were recorded
 * @param version     the number of writes the subscription has had: 1 when created, one more with each change (its
 *                    {@code ETag}); 0 in records from before versions were kept (session 32), whose next write is 1
 * @param creation    the {@code Idempotency-Key} the subscription was created with and the digest of that request's body,
 *                    so a creation sent again with the key is answered with this subscription (within the key's
 *                    lifetime, counted from {@code createdAt}); {@code null} when created without a key
 */
public record Subscription(
        String id,
        String name,
        String url,
        String format,
        Severity minSeverity,
        List<Category> categories,
        List<String> languages,
        List<String> sources,
        List<String> keywords,
        boolean paused,
        List<String> secrets,
        Instant createdAt,
        Instant updatedAt,
        String owner,
        long version,
        Creation creation) {

    /**
     * How a subscription was created: the client's {@code Idempotency-Key} and the SHA-256 (hex) of the request's body
     * as read (the fields bound, in a fixed order), so the key sent again with another body is told apart.
     */
    public record Creation(String idempotencyKey, String requestDigest) {
    }

    /** A subscription without a version or an idempotency key (records from before session 32; tests). */
    public Subscription(String id, String name, String url, String format, Severity minSeverity, List<Category> categories,
                        List<String> languages, List<String> sources, List<String> keywords, boolean paused, List<String> secrets,
                        Instant createdAt, Instant updatedAt, String owner) {
        this(id, name, url, format, minSeverity, categories, languages, sources, keywords, paused, secrets, createdAt, updatedAt, owner,
                0, null);
    }

    /** A subscription without a recorded owner. */
    public Subscription(String id, String name, String url, String format, Severity minSeverity, List<Category> categories,
                        List<String> languages, List<String> sources, List<String> keywords, boolean paused, List<String> secrets,
                        Instant createdAt, Instant updatedAt) {
        this(id, name, url, format, minSeverity, categories, languages, sources, keywords, paused, secrets, createdAt, updatedAt, null,
                0, null);
    }

    /**
     * The highest version a subscription may have: the largest integer every JSON reader holds exactly (JavaScript's
     * {@code Number.MAX_SAFE_INTEGER}), more changes than a subscription ever has. A record with a version near
     * {@code Long.MAX_VALUE} wrapped to a negative one at its next change, and from then on its changes were applied
     * in the order read, the race rule off (probe of session 34, the seventh review's note).
     */
    public static final long MAX_VERSION = (1L << 53) - 1;

    public Subscription {
        if (version < 0 || version > MAX_VERSION) {
            throw new IllegalArgumentException("version " + version + " outside 0 to " + MAX_VERSION);
        }
        format = format == null ? "json" : format;
        minSeverity = minSeverity == null ? Severity.LOW : minSeverity;
        categories = categories == null ? List.of() : List.copyOf(categories);
        languages = languages == null ? List.of() : List.copyOf(languages);
        sources = sources == null ? List.of() : List.copyOf(sources);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }

    /** Without the secrets: a record's default toString would put them into any log line that prints one. */
    @Override
    public String toString() {
        return "Subscription[id=" + id + ", name=" + name + ", format=" + format + ", minSeverity=" + minSeverity
                + ", paused=" + paused + ", version=" + version + ", secrets=" + secrets.size() + " redacted]";
    }
}

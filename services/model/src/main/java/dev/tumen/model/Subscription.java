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
        String owner) {

    /** A subscription without a recorded owner. */
    public Subscription(String id, String name, String url, String format, Severity minSeverity, List<Category> categories,
                        List<String> languages, List<String> sources, List<String> keywords, boolean paused, List<String> secrets,
                        Instant createdAt, Instant updatedAt) {
        this(id, name, url, format, minSeverity, categories, languages, sources, keywords, paused, secrets, createdAt, updatedAt, null);
    }

    public Subscription {
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
                + ", paused=" + paused + ", secrets=" + secrets.size() + " redacted]";
    }
}

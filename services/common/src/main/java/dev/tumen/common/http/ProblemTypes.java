package dev.tumen.common.http;

import io.micronaut.http.HttpStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The title of every problem type the services answer with, by slug (the last segment of {@code type}).
 *
 * <p>RFC 9457 says a title should not change from occurrence to occurrence of a type: a client may show it, log it or
 * group by it. When each throw site chose its own words, one type came back as "Not found" and "Not Found", or as
 * "Unsupported media type" and "Not text". Here a type has one title whichever code path answers, and
 * {@code docs/problems.md} lists the same table with what each type means and how to fix the request
 * ({@code ProblemTypesTest} keeps the code, this table and the document in step).
 */
public final class ProblemTypes {
    private static final Map<String, String> TITLES = titles(
            // Requests: the body and its encoding
            "bad-request", "Bad request",
            "empty-body", "Empty body",
            "malformed-json", "Malformed JSON",
            "not-an-object", "Not a JSON object",
            "not-json", "Not JSON",
            "unknown-field", "Unknown field",
            "invalid-field", "Invalid field",
            "invalid-request", "Invalid request",
            "missing-content", "Missing content",
            "wrong-encoding", "Wrong encoding",
            "unknown-charset", "Unknown charset",
            "binary-content", "Not text",
            "bad-content-encoding", "Undecodable content encoding",
            "unsupported-media-type", "Unsupported media type",
            "not-acceptable", "Not acceptable",
            "unsupported-content-type", "Unsupported content type",
            "body-too-large", "Body too large",
            "json-too-complex", "JSON too complex",
            "page-too-large", "Page too large",
            "page-too-costly", "Page too costly",
            // Requests: the URL, query and headers
            "not-found", "Not found",
            "method-not-allowed", "Method not allowed",
            "unknown-parameter", "Unknown query parameter",
            "invalid-parameter", "Invalid query parameter",
            "invalid-filter", "Invalid filter",
            "invalid-last-event-id", "Invalid Last-Event-ID",
            "invalid-idempotency-key", "Invalid Idempotency-Key",
            "idempotency-key-reused", "Idempotency-Key reused",
            "invalid-precondition", "Invalid precondition",
            "precondition-failed", "Precondition failed",
            "concurrent-change", "Changed concurrently",
            "version-exhausted", "Version exhausted",
            "invalid-path", "Invalid path",
            "interval-too-short", "Interval too short",
            "uri-too-long", "URI too long",
            "headers-too-large", "Headers too large",
            "malformed-framing", "Malformed message framing",
            "unsupported-transfer-encoding", "Unsupported transfer encoding",
            "http-version-not-supported", "HTTP version not supported",
            "request-timeout", "Request headers too slow",
            "request-body-timeout", "Request body too slow",
            // Access
            "unauthorized", "Unauthorized",
            "ambiguous-credentials", "Ambiguous credentials",
            "insufficient-scope", "Insufficient scope",
            "forbidden", "Forbidden",
            "imports-disabled", "Imports disabled",
            // Outbound URLs (fetches, feeds, webhooks)
            "invalid-url", "Invalid URL",
            "scheme", "Scheme not allowed",
            "userinfo", "Credentials in URL",
            "forbidden-address", "Address not allowed",
            "unresolvable", "Host not resolvable",
            "robots-disallowed", "Disallowed by robots.txt",
            "fetch-failed", "Fetch failed",
            "fetch-timeout", "Fetch timed out",
            "upstream-status", "Upstream error status",
            "upstream-too-large", "Upstream body too large",
            "too-many-redirects", "Too many redirects",
            "invalid-redirect", "Invalid redirect",
            "feed-unparseable", "Feed not RSS or Atom",
            // Limits and quotas
            "subscription-quota", "Subscription quota reached",
            "subscription-cap", "Subscription cap reached",
            "feed-cap", "Feed cap reached",
            "too-many-stream-clients", "Too many stream clients",
            "too-many-stream-clients-per-token", "Too many stream clients for this token",
            "overloaded", "Overloaded",
            "too-many-connections", "Too many connections",
            "kafka-busy", "Kafka busy",
            // The service itself
            "kafka-unavailable", "Kafka unavailable",
            "warming-up", "Warming up",
            "feeds-loading", "Feeds loading",
            "stream-starting", "Stream starting",
            "log-unavailable", "Delivery log unavailable",
            "write-not-visible", "Write not yet visible",
            "store-behind", "Store behind",
            "interrupted", "Interrupted",
            "internal", "Internal error");

    private ProblemTypes() {
    }

    /** The type's title; a status the framework answers with and no slug here names gets its RFC 9110 reason. */
    public static String title(String slug, HttpStatus status) {
        String title = TITLES.get(slug);
        return title != null ? title : status.getReason();
    }

    /** Every slug and its title, in the order {@code docs/problems.md} lists them. */
    public static Map<String, String> all() {
        return TITLES;
    }

    private static Map<String, String> titles(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (map.put(pairs[i], pairs[i + 1]) != null) {
                throw new IllegalStateException("problem type listed twice: " + pairs[i]);
            }
        }
        return Collections.unmodifiableMap(map);
    }
}

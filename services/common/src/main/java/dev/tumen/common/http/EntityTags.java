package dev.tumen.common.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Entity tags (RFC 9110, 8.8.3): the conditions {@code If-Match} and {@code If-None-Match} name, and the tag of a list.
 *
 * <p>Lists carried no {@code ETag} (the sixth review's note, left until session 48): a dashboard polling
 * {@code GET /feeds} or {@code GET /subscriptions} for changes downloaded the whole list each time, its
 * {@code If-None-Match} ignored. A list's tag is a digest of its JSON as this caller is shown it (a read token's
 * view, the URLs cut to their origins, is another representation with its own tag), so it changes with any item.
 */
public final class EntityTags {
    private EntityTags() {
    }

    /**
     * The tags of a header's values (each may be a list), {@code *} kept as is; {@code null} when none was sent. A
     * weak tag is its strong one where {@code weakMatches} (If-None-Match compares weakly, RFC 9110 13.1.2, and a
     * cache may have weakened the tag it kept), else {@code null}: it never matches If-Match's strong comparison.
     *
     * @throws ProblemException 400 {@code invalid-precondition} when a value is neither {@code *} nor entity tags
     */
    public static List<String> parse(List<String> values, String header, boolean weakMatches) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        for (String value : values) {
            String rest = value.trim();
            while (!rest.isEmpty()) {
                if (rest.startsWith("*")) {
                    tags.add("*");
                    rest = rest.substring(1);
                } else {
                    boolean weak = rest.startsWith("W/");
                    String t = weak ? rest.substring(2) : rest;
                    int close = t.startsWith("\"") ? t.indexOf('"', 1) : -1;
                    if (close < 0 || t.substring(1, close).chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                        throw ProblemException.badRequest("invalid-precondition",
                                header + " must be * or quoted entity tags such as \"3\" (the ETag a read answered)");
                    }
                    tags.add(weak && !weakMatches ? null : t.substring(0, close + 1));
                    rest = t.substring(close + 1);
                }
                rest = rest.strip();
                if (rest.startsWith(",")) {
                    rest = rest.substring(1).strip();
                } else if (!rest.isEmpty()) {
                    throw ProblemException.badRequest("invalid-precondition",
                            header + " must be * or quoted entity tags separated by commas");
                }
            }
        }
        return tags;
    }

    /**
     * A list answered with its tag, or 304 with the tag and no body while the request's {@code If-None-Match} names it
     * (or is {@code *}: a list always has a representation).
     *
     * @throws ProblemException 400 {@code invalid-precondition} for an {@code If-None-Match} that is no list of tags
     */
    public static <T> MutableHttpResponse<List<T>> listed(HttpRequest<?> request, List<T> items, JsonMapper json) {
        List<String> held = parse(request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH), HttpHeaders.IF_NONE_MATCH, true);
        String tag = of(items, json);
        if (held != null && (held.contains("*") || held.contains(tag))) {
            return HttpResponse.<List<T>>notModified().header(HttpHeaders.ETAG, tag);
        }
        return HttpResponse.ok(items).header(HttpHeaders.ETAG, tag);
    }

    /** A strong tag of {@code value}'s JSON: 128 bits of its SHA-256, URL-safe Base64 in quotes. */
    static String of(Object value, JsonMapper json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(value));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

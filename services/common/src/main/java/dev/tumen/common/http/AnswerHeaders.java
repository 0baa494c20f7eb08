package dev.tumen.common.http;

import io.micronaut.http.MutableHttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The headers every answer carries, whoever writes it: a route, a filter, the framework, or the shared edge's refusals
 * below the router (review of session 50). Those refusals (400 framing, 413, 414, 431, 501, 505, the 408 and 503 of the
 * connection guards) carried no {@code Cache-Control: no-store}, which the seventh review promised of every answer, and
 * no {@code Date}; the filters' early refusals (401, 403) no {@code Date} either; and the framework's {@code Date} is
 * RFC 1123 as Java writes it, a one-digit day on the 1st to the 9th ({@code Mon, 7 Dec 2026}), which is no IMF-fixdate,
 * the one format RFC 9110 §5.6.7 lets a server send (Go's {@code http.ParseTime} refuses it).
 */
final class AnswerHeaders {
    private AnswerHeaders() {
    }

    /** RFC 9110 §5.6.7's IMF-fixdate: a two-digit day, English names, GMT. */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    static String date(Instant at) {
        return IMF_FIXDATE.format(at);
    }

    /**
     * The answer's {@code Date} now, {@code no-store} unless it says how it may be cached, and {@code nosniff}: problems
     * quote the caller's own input, and {@code /prometheus} and {@code /openapi} are text a browser would otherwise be
     * free to read as another type.
     */
    static void fill(MutableHttpResponse<?> response) {
        response.getHeaders().set("Date", date(Instant.now()));
        if (!response.getHeaders().contains("Cache-Control")) {
            response.header("Cache-Control", "no-store");
        }
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
    }

    /** The same for an answer written by a Netty handler. */
    static void fill(io.netty.handler.codec.http.HttpHeaders headers) {
        headers.set("Date", date(Instant.now())).set("Cache-Control", "no-store").set("X-Content-Type-Options", "nosniff");
    }

    /** The same as header lines, each ending in CRLF, for an answer written as raw bytes. */
    static String lines() {
        return "Date: " + date(Instant.now()) + "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    }
}

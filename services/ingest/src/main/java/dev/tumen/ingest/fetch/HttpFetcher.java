package dev.tumen.ingest.fetch;

import dev.tumen.common.http.Problems;
import dev.tumen.common.net.OutboundGuard;
import dev.tumen.common.net.OutboundHttp;
import dev.tumen.common.text.BinaryContent;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.Refusal;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Ingest's only web client, over the shared {@link OutboundHttp}: every hop of every request is resolved once by the
 * outbound guard and connected to exactly the address it checked (no rebinding window, however long the per-host
 * rate limit waits); robots.txt and the rate limit apply per hop; redirects are followed here one call per hop; the
 * body is read with a size cap and the whole response with a deadline; only accepted media types are read at all.
 */
public class HttpFetcher {
    /** HTML and plain text: what a page fetch accepts. */
    public static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    /** What a feed poll accepts: servers label feeds with any of these. */
    public static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml",
            "application/xml", "text/xml", "application/feed+xml", "text/plain", "text/html", "application/x-rss+xml");
    /** robots.txt files past this size are cut (RFC 9309 §2.5 asks parsers to read at least 500 KiB). */
    static final int MAX_ROBOTS_BYTES = 512 * 1024;

    private final FetchSettings settings;
    private final HostRateLimiter limiter;
    private final RobotsRules robots;
    private final IngestMetrics metrics;
    private final OutboundHttp client;
    private final OutboundGuard guard;

    public HttpFetcher(FetchSettings settings, OutboundGuard guard, IngestMetrics metrics, Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.metrics = metrics;
        this.limiter = new HostRateLimiter(settings.hostInterval());
        this.robots = new RobotsRules(settings.robotsAgent(), settings.robotsTtl(), clock);
        this.client = new OutboundHttp(guard, new OutboundHttp.Settings(settings.connectTimeout(), settings.readTimeout(), 64));
    }

    /** Conditional-GET validators from the previous response, either may be {@code null}. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);

        /** Validators kept before this check (on the feeds table) are read through it too. */
        public Validators {
            etag = validator(etag);
            lastModified = validator(lastModified);
        }
    }

    /** The longest validator kept: real ETags and dates are a few dozen characters. */
    static final int MAX_VALIDATOR = 1024;

    /**
     * A server's validator as it may be sent back, or {@code null}. It travels into the next request's
     * If-None-Match / If-Modified-Since and onto the feeds table: one holding a character no request header may
     * carry (beyond visible ASCII and the space) failed every later poll of its feed as "internal" before any request
     * left, and one of any length was stored and sent at every poll (probe of session 33). Such a value is no
     * validator: the next poll is unconditional, as a first one is.
     */
    public static String validator(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_VALIDATOR || !OutboundHttp.headerValue(value)) {
            return null;
        }
        return value;
    }

    /**
     * GETs {@code url}.
     *
     * @param accepted media types that will be read; others are refused before the body is downloaded
     * @throws Refusal with a precise reason (forbidden-address, robots-disallowed, fetch-timeout, …)
     */
    public FetchResult get(URI url, Set<String> accepted, Validators validators) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            FetchResult result = follow(url, accepted, validators);
            outcome = result.notModified() ? "not-modified" : "ok";
            return result;
        } catch (Refusal r) {
            outcome = r.reason();
            throw r;
        } finally {
            metrics.fetched(outcome, java.time.Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private FetchResult follow(URI url, Set<String> accepted, Validators validators) {
        URI current = url;
        URI from = null;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            if (settings.respectRobots() && !robots.allowed(current, this::downloadRobots)) {
                String note = robots.note(current);
                throw new Refusal(403, "robots-disallowed", "robots.txt of " + current.getHost() + " disallows " + current
                        + " for " + settings.robotsAgent() + (note == null ? "" : " (" + note + ")"));
            }
            OutboundHttp.Answer response;
            try {
                response = exchange(current, accepted, hop == 0 ? validators : Validators.NONE, settings.maxBodyBytes());
            } catch (Refusal r) {
                if (hop > 0 && r.status() == 400) {
                    // A hop's URL the client cannot send (a zone id, a host name past 255 characters) is the server's
                    // mistake: it was answered as the caller's 400 invalid-url for a URL the caller never sent (probe of
                    // session 38, as the long Location of session 29). The same answer as a Location that does not parse.
                    throw new Refusal(502, "invalid-redirect", from + " redirects to " + describe(current)
                            + " no request can be sent to (" + r.reason() + ")", r);
                }
                throw r;
            }
            int status = response.status();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.header("Location");
                if (location == null) {
                    throw new Refusal(502, "upstream-status", current + " answered " + status + " without a Location");
                }
                URI next;
                try {
                    next = current.resolve(location.trim().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    throw new Refusal(502, "invalid-redirect", current + " redirects to an invalid URL");
                }
                from = current;
                current = checkedHop(current, next);
                continue;
            }
            if (status == 304) {
                if (hop > 0 || (validators.etag() == null && validators.lastModified() == null)) {
                    // Nothing was asked conditionally, so there is nothing this answer could say is unchanged: read as
                    // "not modified", a fetch had no body to decode (500) and a feed entry's page failed the whole poll
                    // at every poll (probe of session 29).
                    throw new Refusal(502, "upstream-status", current + " answered 304 Not Modified to a request that was not conditional");
                }
                return new FetchResult(current, 304, null, null, null, validator(response.header("ETag")),
                        validator(response.header("Last-Modified")));
            }
            if (status != 200) {
                throw new Refusal(502, "upstream-status", current + " answered HTTP " + status);
            }
            String coding = undecoded(response);
            if (coding != null) {
                // Read as text it was refused as "not text (control bytes)" when compressed (deflate, br, zstd, gzip
                // twice), and published as it was when its bytes happened to look like text (probe of session 42).
                throw new Refusal(502, "bad-content-encoding", current + " answered with Content-Encoding '" + coding
                        + "', which ingest does not decode (it asks for gzip)");
            }
            String contentType = response.header("Content-Type");
            return new FetchResult(current, status, OutboundHttp.mediaType(contentType), charsetParam(contentType), response.body(),
                    validator(response.header("ETag")), validator(response.header("Last-Modified")));
        }
        throw new Refusal(502, "too-many-redirects", url + " redirects more than " + settings.maxRedirects() + " times");
    }

    /**
     * The URL a redirect leads to, checked for its form before anything uses it: robots.txt's origin and the rate
     * limiter read its host first, and a {@code file:}, {@code mailto:} or host-less Location answered 500 with a
     * NullPointerException's text. Its address is checked when its request is sent, as every hop's is.
     */
    private URI checkedHop(URI from, URI next) {
        if (next.toString().length() > dev.tumen.common.http.TextFields.MAX_URL) {
            // No page may be known by it: the page was fetched, then refused as the caller's 400 invalid-url "longer than
            // 2048 characters", for a URL the caller never sent (probe of session 29).
            throw new Refusal(502, "invalid-redirect", from + " redirects to a URL longer than " + dev.tumen.common.http.TextFields.MAX_URL
                    + " characters (" + next.toString().length() + ")");
        }
        try {
            guard.checkUrl(next);
            return next;
        } catch (OutboundGuard.Refused r) {
            if (r.reason().equals("forbidden-port") || r.reason().equals("ambiguous-address")) {
                throw new Refusal(403, "forbidden-address", r.getMessage());
            }
            // The server's mistake, not the caller's: the same answer as a Location that does not parse.
            throw new Refusal(502, "invalid-redirect", from + " redirects to " + describe(next) + ": " + r.getMessage());
        }
    }

    /** A refused redirect's target, named by its scheme alone: it may carry credentials or be long. */
    private static String describe(URI target) {
        return target.getScheme() == null ? "a URL without a scheme" : "a " + target.getScheme().toLowerCase(java.util.Locale.ROOT)
                + ": URL";
    }

    private OutboundHttp.Answer exchange(URI uri, Set<String> accepted, Validators validators, long maxBytes) {
        return exchange(uri, accepted, validators, maxBytes, false);
    }

    /** {@code truncate}: past {@code maxBytes} keep the first bytes, where a page or feed fails as too large. */
    private OutboundHttp.Answer exchange(URI uri, Set<String> accepted, Validators validators, long maxBytes, boolean truncate) {
        limiter.acquire(uri.getHost() == null ? "" : uri.getHost());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", settings.userAgent());
        headers.put("Accept", accept(accepted));
        if (validators.etag() != null) {
            headers.put("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            headers.put("If-Modified-Since", validators.lastModified());
        }
        try {
            return client.send(new OutboundHttp.Exchange(uri, "GET", headers, null, null, accepted, maxBytes, truncate));
        } catch (OutboundHttp.Failure f) {
            throw refusal(uri, f);
        }
    }

    private Refusal refusal(URI uri, OutboundHttp.Failure f) {
        return switch (f.reason()) {
            case "invalid-url", "scheme", "userinfo" -> new Refusal(400, f.reason(), f.getMessage());
            case "forbidden-address" -> new Refusal(403, "forbidden-address", f.getMessage());
            case "unresolvable" -> new Refusal(502, "unresolvable", f.getMessage());
            case "timeout" -> new Refusal(504, "fetch-timeout", uri + " did not answer within " + settings.readTimeout().toMillis()
                    + " ms (connect timeout " + settings.connectTimeout().toMillis() + " ms)");
            case "connect-failed" -> new Refusal(502, "fetch-failed", "cannot connect to " + uri.getHost() + ": connection refused");
            case "too-large" -> new Refusal(502, "upstream-too-large", uri + " is larger than " + settings.maxBodyBytes()
                    + " bytes (tumen.ingest.fetch.max-body-bytes)");
            case "unsupported-content-type" -> new Refusal(502, "unsupported-content-type", f.getMessage());
            default -> new Refusal(502, "fetch-failed", "fetching " + uri + " failed: " + f.getMessage());
        };
    }

    /**
     * The origin's robots.txt, its redirects followed as a page's are (probe of session 43): RFC 9309 §2.3.1.2 asks a
     * crawler to follow at least five, across authorities too, and a redirect was read as "unavailable", everything
     * allowed, so a site answering http://host/robots.txt with a 301 to its https address (the usual way to move to
     * https) had its rules ignored for every http URL. Each hop is checked by the outbound guard and the rate limit as a
     * page's; a hop the guard refuses refuses the page, with the reason. Past {@code max-redirects} hops, or a redirect
     * without a usable Location, the file is unavailable, as RFC 9309 lets a crawler assume.
     */
    private RobotsRules.Response downloadRobots(URI robotsUrl) {
        URI current = robotsUrl;
        for (int hop = 0; ; hop++) {
            OutboundHttp.Answer r;
            try {
                // Any media type (RFC 9309 names none: rules served as text/x-robots or application/json were read as no
                // file, everything allowed), cut at the parsing limit rather than refused past it.
                r = exchange(current, null, Validators.NONE, MAX_ROBOTS_BYTES, true);
            } catch (Refusal e) {
                if (e.reason().equals("unresolvable") || e.reason().equals("fetch-failed") || e.reason().equals("fetch-timeout")
                        || hop > 0 && e.reason().equals("forbidden-address")) {
                    // The host itself is out of reach, so the page is too: say that, not "robots.txt disallows", which
                    // would send the caller to read a robots.txt nobody could download. The page is still not fetched.
                    throw new Refusal(e.status(), e.reason(), "robots.txt: " + e.getMessage(), e);
                }
                if (e.reason().equals("forbidden-address") || e.reason().equals("invalid-url") || e.reason().equals("scheme")) {
                    // The page itself is refused by the same guard on its own hop, with the precise reason.
                    return new RobotsRules.Response(404, null, null);
                }
                return new RobotsRules.Response(0, null, null);
            }
            int status = r.status();
            if (status == 200) {
                // Thrown past the catch above: the page is refused with this reason, not as "robots.txt disallows".
                return new RobotsRules.Response(200, readableRobots(current, r), r.header("Content-Type"));
            }
            if (status == 429) {
                // A 4xx, which RFC 9309 §2.3.1.3 reads as no file (everything allowed), but one that says "not now":
                // read so, a server throttling its robots.txt had all its pages fetched at once, its rules ignored
                // (probe of session 43). Read as unreachable, as crawlers read it: the page waits, nothing is cached.
                throw new Refusal(502, "upstream-status", "robots.txt: " + current + " answered HTTP 429 (too many requests);"
                        + " the page is not fetched until robots.txt can be read");
            }
            if (status < 300 || status >= 400 || status == 304) {
                return new RobotsRules.Response(status, r.body(), r.header("Content-Type"));
            }
            String location = r.header("Location");
            URI next;
            try {
                next = hop >= settings.maxRedirects() || location == null ? null : current.resolve(location.trim().replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                next = null;
            }
            if (next == null) {
                return new RobotsRules.Response(404, null, null);
            }
            try {
                current = checkedHop(current, next);
            } catch (Refusal e) {
                throw new Refusal(e.status(), e.reason(), "robots.txt: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The rules of a robots.txt answered 200, as far as they can be read (probe of session 43). A file in a content
     * coding the client does not decode (it asks for gzip only), or whose bytes are no text (a compressed file served
     * without its coding, UTF-16 without a byte order mark, an image), was parsed as it came: no line read as a rule,
     * so everything was allowed, the opposite of what its rules may say. RFC 9309 §2.3.1.4 has a crawler that cannot
     * reach a robots.txt assume complete disallow; one it cannot read is no better, so such a page is not fetched, with
     * the reason (not cached: the next fetch asks again, as after a timeout). A file past the parsing limit (512 KiB,
     * RFC 9309 §2.5 asks for at least 500) was refused as too large and then read as missing, everything allowed; it is
     * now read up to the limit, its last line only if whole (a rule cut short can allow more than it says: an
     * {@code Allow: /private/x} cut to {@code Allow: /private/}).
     */
    private static byte[] readableRobots(URI robotsUrl, OutboundHttp.Answer answer) {
        String coding = undecoded(answer);
        if (coding != null) {
            throw new Refusal(502, "bad-content-encoding", robotsUrl + " answered with Content-Encoding '" + coding
                    + "', which ingest does not decode: a robots.txt that cannot be read disallows everything (RFC 9309)");
        }
        byte[] body = answer.body();
        if (answer.truncated()) {
            int end = body.length;
            while (end > 0 && body[end - 1] != '\n' && body[end - 1] != '\r') {
                end--;
            }
            body = Arrays.copyOf(body, end);
        }
        String binary = BinaryContent.kind(body);
        if (binary != null) {
            throw new Refusal(502, "binary-content", robotsUrl + " is not text (" + binary
                    + "): a robots.txt that cannot be read disallows everything (RFC 9309)");
        }
        return body;
    }

    /**
     * The content coding an answer came in that the client left as it was, cut to 40 characters for a message, or
     * null: the client asks for gzip and decodes it (and then drops the header); {@code identity} is no coding.
     */
    private static String undecoded(OutboundHttp.Answer answer) {
        String coding = answer.header("Content-Encoding");
        if (coding == null || coding.isBlank() || coding.strip().equalsIgnoreCase("identity")) {
            return null;
        }
        return Problems.quote(coding.strip());
    }

    private static String accept(Set<String> accepted) {
        if (accepted == null) {
            return "text/plain, */*;q=0.1"; // robots.txt, read whatever its type
        }
        return accepted.contains("application/rss+xml")
                ? "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
                : "text/html, application/xhtml+xml, text/plain;q=0.8";
    }

    static String charsetParam(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).trim().replace("\"", "");
            }
        }
        return null;
    }

}

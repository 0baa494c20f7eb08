package dev.tumen.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.common.net.OutboundGuard;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.ingest.support.TestWebServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A robots.txt the fetcher cannot read is no licence to fetch (probe of session 43): one in a content coding the client
 * does not decode, or of bytes that are no text, was parsed as it came, no rule read, everything allowed; one past the
 * parsing limit was refused as too large and read as missing, everything allowed. Each case is its own server, so its
 * own origin and robots.txt.
 */
class RobotsIT {
    private static final String RULES = "User-agent: *\nDisallow: /\n";
    private static final String PAGE = "<html><head><title>Ok</title></head><body>Kim in Vladivostok</body></html>";
    private TestWebServer web;

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
    }

    /** A server whose robots.txt answers {@code body} with {@code headers}, and a page at /news/ok. */
    private HttpFetcher serving(String contentType, byte[] body, String... headers) throws Exception {
        web = new TestWebServer();
        web.route("/robots.txt", ex -> {
            for (int i = 0; i < headers.length; i += 2) {
                ex.getResponseHeaders().set(headers[i], headers[i + 1]);
            }
            TestWebServer.respond(ex, 200, contentType, body);
        });
        web.text("/news/ok", "text/html; charset=utf-8", PAGE);
        web.text("/private/y", "text/html; charset=utf-8", PAGE);
        FetchSettings settings = new FetchSettings("TumenBot/test", "TumenBot", Duration.ofSeconds(2), Duration.ofSeconds(5),
                1 << 20, 5, Duration.ZERO, Duration.ofHours(1), true);
        return new HttpFetcher(settings, new OutboundGuard(false, List.of("127.0.0.1"), false), IngestMetrics.inMemory(),
                Clock.systemUTC());
    }

    private FetchResult get(HttpFetcher fetcher, String path) {
        return fetcher.get(URI.create(web.url(path)), HttpFetcher.PAGE_TYPES, HttpFetcher.Validators.NONE);
    }

    private void assertNotFetched(HttpFetcher fetcher, int status, String reason) {
        Refusal r = assertThrows(Refusal.class, () -> get(fetcher, "/news/ok"));
        assertEquals(reason, r.reason(), r.getMessage());
        assertEquals(status, r.status());
        assertTrue(r.getMessage().contains("robots.txt"), r.getMessage());
        assertEquals(0, web.count("/news/ok"), "the page was fetched");
    }

    @Test
    void aRobotsTxtInACodingTheFetcherDoesNotDecodeDisallowsEverything() throws Exception {
        byte[] rules = RULES.getBytes(StandardCharsets.UTF_8);
        assertNotFetched(serving("text/plain", deflated(rules), "Content-Encoding", "deflate"), 502, "bad-content-encoding");
        stop();
        assertNotFetched(serving("text/plain", rules, "Content-Encoding", "x-custom"), 502, "bad-content-encoding");
        stop();
        assertNotFetched(serving("text/plain", rules, "Content-Encoding", "br"), 502, "bad-content-encoding");
        stop();
        // gzip is asked for and decoded: its rules are read
        HttpFetcher gzip = serving("text/plain", gzipped("User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8)),
                "Content-Encoding", "gzip");
        assertEquals(200, get(gzip, "/news/ok").status());
        assertEquals("robots-disallowed", assertThrows(Refusal.class, () -> get(gzip, "/private/y")).reason());
    }

    @Test
    void aRobotsTxtOfBytesThatAreNoTextDisallowsEverything() throws Exception {
        // a compressed file served without its coding, UTF-16 without a byte order mark, an image
        assertNotFetched(serving("text/plain", gzipped(RULES.getBytes(StandardCharsets.UTF_8))), 502, "binary-content");
        stop();
        assertNotFetched(serving("text/plain", RULES.getBytes(StandardCharsets.UTF_16LE)), 502, "binary-content");
        stop();
        assertNotFetched(serving("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}), 502, "binary-content");
        stop();
        // text that holds no rule (a site answering its home page) is no file of rules: everything allowed, as RFC 9309 reads it
        HttpFetcher html = serving("text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, get(html, "/news/ok").status());
    }

    @Test
    void rulesServedUnderAnyMediaTypeAreRead() throws Exception {
        for (String type : List.of("text/x-robots", "application/json", "text/plain; charset=utf-8")) {
            HttpFetcher fetcher = serving(type, "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
            assertEquals("robots-disallowed", assertThrows(Refusal.class, () -> get(fetcher, "/private/y")).reason(), type);
            assertEquals(200, get(fetcher, "/news/ok").status());
            stop();
        }
    }

    @Test
    void aRobotsTxtPastTheParsingLimitIsReadUpToItsLastWholeLine() throws Exception {
        // rules, then comments past 512 KiB, and an Allow the limit cuts to "Allow: /private/"
        StringBuilder txt = new StringBuilder("User-agent: *\nDisallow: /private/\n");
        while (txt.length() < HttpFetcher.MAX_ROBOTS_BYTES - 100) {
            txt.append("# an invented comment line to fill the file\n");
        }
        txt.append("#".repeat(HttpFetcher.MAX_ROBOTS_BYTES - "Allow: /private/".length() - txt.length() - 1)).append('\n');
        txt.append("Allow: /private/y-but-only-this\n");
        txt.append("# more\n".repeat(20_000));
        HttpFetcher fetcher = serving("text/plain", txt.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals("robots-disallowed", assertThrows(Refusal.class, () -> get(fetcher, "/private/y")).reason());
        assertEquals(0, web.count("/private/y"));
        assertEquals(200, get(fetcher, "/news/ok").status());
    }

    /**
     * A 429 for robots.txt is a 4xx, read as no file (everything allowed) where it says "not now": a server throttling its
     * robots.txt had its pages fetched regardless of its rules (probe of session 43). Now read as unreachable. A 401 or
     * 403 was read as no file too (RFC 9309 §2.3.1.3 lets a crawler); the site refused its rules to this crawler, and
     * crawlers before the RFC (Google's until 2019, many still) read that as "disallow all" (review of session 44): it
     * disallows every page of the origin now. 404 and 410 still mean no file.
     */
    @Test
    void aRobotsTxtAnswered429IsUnreachable401And403DisallowAndOther4xxAreNoFile() throws Exception {
        HttpFetcher throttled = serving("text/plain", new byte[0]);
        web.route("/robots.txt", ex -> {
            ex.getResponseHeaders().set("Retry-After", "60");
            TestWebServer.respond(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        assertNotFetched(throttled, 502, "upstream-status");
        stop();
        for (int status : new int[] {401, 403}) {
            HttpFetcher fetcher = serving("text/plain", new byte[0]);
            web.route("/robots.txt", ex -> TestWebServer.respond(ex, status, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
            Refusal refused = assertThrows(Refusal.class, () -> get(fetcher, "/news/ok"), Integer.toString(status));
            assertEquals("robots-disallowed", refused.reason(), Integer.toString(status));
            assertTrue(refused.getMessage().contains("HTTP " + status), refused.getMessage());
            assertEquals(0, web.count("/news/ok"), Integer.toString(status));
            stop();
        }
        for (int status : new int[] {404, 410}) {
            HttpFetcher fetcher = serving("text/plain", new byte[0]);
            web.route("/robots.txt", ex -> TestWebServer.respond(ex, status, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
            assertEquals(200, get(fetcher, "/news/ok").status(), Integer.toString(status));
            stop();
        }
    }

    /**
     * RFC 9309 §2.3.1.2 asks a crawler to follow a robots.txt's redirects (five at least, across authorities); one was
     * read as unavailable, everything allowed: a site moved to https, whose http robots.txt answers 301, had its rules
     * ignored for every http URL (probe of session 43).
     */
    @Test
    void aRobotsTxtRedirectIsFollowedAndItsRulesApply() throws Exception {
        try (TestWebServer elsewhere = new TestWebServer()) {
            elsewhere.text("/robots.txt", "text/plain", "User-agent: TumenBot\nDisallow: /news/\n");
            for (String[] hops : new String[][] {{"/robots.txt", "/moved/robots.txt"}, {"/robots.txt", "/a", "/b", "/moved/robots.txt"}}) {
                HttpFetcher fetcher = serving("text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
                web.route("/moved/robots.txt", ex -> TestWebServer.respond(ex, 200, "text/plain",
                        "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8)));
                for (int i = 0; i + 1 < hops.length; i++) {
                    String to = hops[i + 1];
                    web.route(hops[i], ex -> {
                        ex.getResponseHeaders().set("Location", to);
                        TestWebServer.respond(ex, 301, null, null);
                    });
                }
                assertEquals("robots-disallowed", assertThrows(Refusal.class, () -> get(fetcher, "/private/y")).reason(), hops.length + " hops");
                assertEquals(0, web.count("/private/y"));
                assertEquals(200, get(fetcher, "/news/ok").status());
                stop();
            }
            // to another authority: its file's rules are the origin's
            HttpFetcher fetcher = serving("text/plain", new byte[0]);
            web.route("/robots.txt", ex -> {
                ex.getResponseHeaders().set("Location", elsewhere.url("/robots.txt"));
                TestWebServer.respond(ex, 302, null, null);
            });
            assertEquals("robots-disallowed", assertThrows(Refusal.class, () -> get(fetcher, "/news/ok")).reason());
            assertEquals(0, web.count("/news/ok"));
            stop();
            // a loop is an unavailable file, as RFC 9309 lets a crawler assume past five hops: everything allowed
            HttpFetcher looping = serving("text/plain", new byte[0]);
            web.route("/robots.txt", ex -> {
                ex.getResponseHeaders().set("Location", "/robots.txt");
                TestWebServer.respond(ex, 301, null, null);
            });
            assertEquals(200, get(looping, "/news/ok").status());
        }
    }

    private static byte[] deflated(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] gzipped(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(bytes);
        }
        return out.toByteArray();
    }
}

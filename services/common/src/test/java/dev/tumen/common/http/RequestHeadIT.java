package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a request's line and headers can get wrong before any route runs, answered precisely in problem+json: a URL
 * or a header block too long for the server (414, 431: it was 413 "body too large" with no body sent), and two
 * credentials where one belongs.
 */
class RequestHeadIT {
    private static final String TOKEN = "request-head-token-0123456789abcdef";

    @Test
    void oversizedHeadsAndDoubledCredentialsAreNamed() throws Exception {
        try (EmbeddedServer server = start()) {
            HttpClient http = HttpClient.newHttpClient();
            String base = server.getURL().toString();

            assertProblem(send(http, HttpRequest.newBuilder(URI.create(base + "/health?q=" + "a".repeat(20_000)))), 414, "uri-too-long");
            assertProblem(send(http, HttpRequest.newBuilder(URI.create(base + "/things")).header("Authorization", "Bearer " + TOKEN)
                    .header("X-Padding", "b".repeat(20_000))), 431, "headers-too-large");

            // Either order: the valid token must not win because it came first (or last).
            for (String[] pair : new String[][] {{TOKEN, "wrong"}, {"wrong", TOKEN}}) {
                assertProblem(send(http, HttpRequest.newBuilder(URI.create(base + "/things"))
                        .header("Authorization", "Bearer " + pair[0]).header("Authorization", "Bearer " + pair[1])), 400,
                        "ambiguous-credentials");
            }
            assertEquals(404, send(http, HttpRequest.newBuilder(URI.create(base + "/things"))
                    .header("Authorization", "Bearer " + TOKEN)).statusCode(), "one valid token passes the filter");
            HttpResponse<String> health = send(http, HttpRequest.newBuilder(URI.create(base + "/health"))
                    .header("Authorization", "Bearer " + TOKEN).header("Authorization", "Bearer x"));
            assertTrue(health.body().contains("\"status\"") && !health.body().contains("details"),
                    "an open endpoint stays open, its details closed: " + health.body());
        }
    }

    @Test
    void framingTheServiceCannotReadIsNamedAndTheConnectionClosed() throws Exception {
        try (EmbeddedServer server = start()) {
            String auth = "Authorization: Bearer " + TOKEN + "\r\n";
            // A chunk size that is not hexadecimal was answered 400 empty-body: the wrong mistake named.
            assertRawProblem(server, "POST /things HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", 400, "malformed-framing");
            // A coding the server does not implement was read as chunked alone: a gzipped body as its bytes.
            for (String coding : new String[] {"gzip, chunked", "identity", "chunked, chunked"}) {
                assertRawProblem(server, "POST /things HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: text/plain\r\n"
                        + "Transfer-Encoding: " + coding + "\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 501, "unsupported-transfer-encoding");
            }
            // A made-up version was answered 200 in that version.
            assertRawProblem(server, "GET /health HTTP/9.9\r\nHost: x\r\n\r\n", 505, "http-version-not-supported");
            // HTTP/1.0 and a well-chunked body still pass.
            String old = raw(server, "GET /health HTTP/1.0\r\n\r\n");
            assertTrue(old.startsWith("HTTP/1.0 "), old);
            assertTrue(!old.contains("problems/"), old);
            String chunked = raw(server, "POST /things HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
            assertTrue(chunked.startsWith("HTTP/1.1 404"), chunked);
        }
    }

    /**
     * Heads a proxy in front could read otherwise than the service (probe of session 33): with both Transfer-Encoding and
     * Content-Length the codec dropped the length, read the body as chunked and answered what followed as a second
     * request on the connection (a proxy framing by the length forwards it as the first one's body: request smuggling);
     * an HTTP/1.1 request without a Host, or with two, or with a Host that is no host, was answered 200. RFC 9112
     * requires 400 for the Host cases and asks a server that takes both framings to close the connection.
     */
    @Test
    void headsAProxyCouldFrameOrRouteOtherwiseAreRefusedAndTheConnectionClosed() throws Exception {
        try (EmbeddedServer server = start()) {
            String auth = "Authorization: Bearer " + TOKEN + "\r\n";
            String smuggled = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
            for (String framing : new String[] {"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
                    "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", "Transfer-Encoding: chunked\r\nContent-Length: 40\r\n"}) {
                String answer = raw(server, "POST /things HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: text/plain\r\n" + framing
                        + "\r\n0\r\n\r\n" + smuggled);
                assertRawAnswer(answer, 400, "malformed-framing");
                assertEquals(1, answer.split("HTTP/1\\.1 ", -1).length - 1, "one answer, the connection closed: " + answer);
            }
            assertRawProblem(server, "POST /things HTTP/1.0\r\n" + auth + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "0\r\n\r\n", 400, "malformed-framing");
            for (String hosts : new String[] {"", "Host: a\r\nHost: b\r\n", "Host: a b\r\n", "Host: a/b\r\n", "Host: user@a\r\n",
                    "Host: a:b\r\n", "Host: caf\u00e9.example\r\n"}) {
                assertRawProblem(server, "GET /health HTTP/1.1\r\n" + hosts + "\r\n", 400, "bad-request");
            }
            for (String host : new String[] {"x", "127.0.0.1:8080", "[::1]:8081", "news.example", "xn--nws-rdd.example:443", ""}) {
                String ok = raw(server, "GET /things HTTP/1.1\r\nHost: " + host + "\r\n" + auth + "Connection: close\r\n\r\n");
                assertTrue(ok.startsWith("HTTP/1.1 404 "), host + ": " + ok);
            }
        }
    }

    /**
     * Probe of session 41: heads whose framing, target or method the services read otherwise than a proxy in front could.
     * A Transfer-Encoding on HTTP/1.0 (which has no chunked framing: RFC 9112 §6.1 says to treat it as faulty) was read
     * as chunked, 200; a Content-Length given twice, as a list or not as a decimal number was the generic bad-request; a
     * target holding a NUL, a control, a backslash or '|' was routed as "/" without headers (401 for a token holder),
     * one without its '/', a '*' or an authority on GET as a path (404), a fragment, an ftp URL or one with credentials
     * served; 'get' and 'post' ran as GET and POST. Each is now named, problem+json, and the connection closed.
     */
    @Test
    void framingTargetsAndMethodsAProxyCouldReadOtherwiseAreRefusedPrecisely() throws Exception {
        try (EmbeddedServer server = start()) {
            String auth = "Authorization: Bearer " + TOKEN + "\r\n";
            String smuggled = "GET /health HTTP/1.0\r\n\r\n";
            for (String coding : new String[] {"chunked", "gzip", "identity"}) {
                String answer = raw(server, "POST /things HTTP/1.0\r\n" + auth + "Content-Type: text/plain\r\nConnection: keep-alive\r\n"
                        + "Transfer-Encoding: " + coding + "\r\n\r\n5\r\nhello\r\n0\r\n\r\n" + smuggled);
                assertRawAnswer(answer, 400, "malformed-framing");
                assertEquals(1, answer.split("HTTP/1\\.[01] \\d{3} ", -1).length - 1, "one answer, the connection closed: " + answer);
            }
            for (String length : new String[] {"Content-Length: 5\r\nContent-Length: 5\r\n", "Content-Length: 5, 5\r\n",
                    "Content-Length: 5\r\nContent-Length: 6\r\n", "Content-Length: +5\r\n", "Content-Length: 0x5\r\n",
                    "Content-Length: 5 5\r\n", "Content-Length:\r\n 5\r\n", "Transfer-Encoding:\r\n chunked\r\n"}) {
                assertRawProblem(server, "POST /things HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: text/plain\r\n" + length
                        + "\r\nhello", 400, "malformed-framing");
            }
            for (String target : new String[] {"/thi\u0000ngs", "/things\u0001", "/things\u007f", "/th\u00e4ngs", "/a\\b",
                    "/things?a=|", "/things?a=\"", "/things#part", "things", "?a=b", "*", "x:80", "ftp://x/things",
                    "http://user:secret@x/things", "http://x:99999999/things"}) {
                assertRawProblem(server, "GET " + target + " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n", 400, "bad-request");
            }
            for (String line : new String[] {"CONNECT x:80", "OPTIONS *"}) {
                String answer = raw(server, line + " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
                assertRawAnswer(answer, 405, "method-not-allowed");
                assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("\r\nallow: \r\n"), "no method on it: " + answer);
            }
            for (String method : new String[] {"get", "Get", "post", "delete"}) {
                assertRawProblem(server, method + " /things HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: 0\r\n\r\n", 400,
                        "bad-request");
            }
            // Still read: an absolute http URL (RFC 9112 requires it), brackets in a query, TRACE as any other method.
            for (String target : new String[] {"http://x/things", "HTTPS://x:8443/things?a=1", "/things?a=[1]&b=%7C"}) {
                String ok = raw(server, "GET " + target + " HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n");
                assertTrue(ok.startsWith("HTTP/1.1 404 ") && ok.contains("\"instance\":\"/things\""), target + ": " + ok);
            }
            String trace = raw(server, "TRACE /health HTTP/1.1\r\nHost: x\r\nX-Secret: s\r\nConnection: close\r\n\r\n");
            assertTrue(trace.startsWith("HTTP/1.1 405 ") && !trace.contains("X-Secret"), trace);
        }
    }

    /**
     * No answer said how it may be cached (probe of session 33): answers holding a webhook URL, a signing secret or a
     * feed's key could be kept by a browser's or a proxy's cache. Every answer, the open ones, errors and the services'
     * own routes alike, is {@code Cache-Control: no-store}.
     */
    @Test
    void noAnswerMayBeStoredByACache() throws Exception {
        try (EmbeddedServer server = start()) {
            HttpClient http = HttpClient.newHttpClient();
            String base = server.getURL().toString();
            for (HttpRequest.Builder request : java.util.List.of(HttpRequest.newBuilder(URI.create(base + "/health")),
                    HttpRequest.newBuilder(URI.create(base + "/things")),
                    HttpRequest.newBuilder(URI.create(base + "/things")).header("Authorization", "Bearer " + TOKEN))) {
                HttpResponse<String> answer = send(http, request);
                assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(null), answer.uri() + " " + answer.statusCode());
            }
        }
    }

    /** The fuzzer's find: Micronaut read Accept-Charset as the request's charset and failed on one naming none (500). */
    @Test
    void anAcceptCharsetWithNoCharsetInItIsNoServerError() throws Exception {
        try (EmbeddedServer server = start()) {
            String auth = "Authorization: Bearer " + TOKEN + "\r\n";
            for (String value : new String[] {"", ",", " , ;q=1", ";", "utf-8", "*;q=0"}) {
                String answer = raw(server, "POST /things/x HTTP/1.1\r\nHost: x\r\n" + auth + "Accept-Charset: " + value
                        + "\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
                assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 415"), "'" + value + "': " + answer);
                assertTrue(!answer.contains("problems/internal"), "'" + value + "': " + answer);
            }
        }
    }

    /** A service on a free port with a token set and health open, Kafka's health off. */
    private static EmbeddedServer start() {
        return ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1, "tumen.security.token", TOKEN,
                "kafka.health.enabled", false, "endpoints.health.enabled", true, "endpoints.health.sensitive", false));
    }

    private static void assertRawProblem(EmbeddedServer server, String request, int status, String slug) throws Exception {
        assertRawAnswer(raw(server, request), status, slug);
    }

    private static void assertRawAnswer(String answer, int status, String slug) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), answer);
        assertTrue(answer.contains("application/problem+json") && answer.contains("\"type\":\"https://tumen.dev/problems/" + slug + "\""), answer);
    }

    /** Sends the bytes as they are and reads the answer until the server closes the connection. */
    private static String raw(EmbeddedServer server, String request) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertTrue(response.body().contains("\"type\":\"https://tumen.dev/problems/" + slug + "\""), response.body());
    }
}

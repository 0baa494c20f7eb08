package dev.tumen.ingest.security;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.contract.ApiContract;
import dev.tumen.testkit.TestKafka;
import dev.tumen.testkit.ForbiddenSpellings;
import dev.tumen.common.net.OutboundGuard;
import dev.tumen.model.Json;
import dev.tumen.model.Topics;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack suite for ingest, one real service on 127.0.0.1: forbidden address spellings for fetches and feeds, DNS
 * rebinding through an injected resolver, redirect chains into private addresses, import traversal, symlink escape
 * and the existence oracle, canonical spoofing by push and by feed entry, and slowloris. The only allowed private
 * address is 127.0.0.5 (the test's "public" web server); everything on 127.0.0.1 plays the internal network.
 */
@ExtendWith(KafkaExtension.class)
class IngestAttackIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger LOOKUPS = new AtomicInteger();
    @TempDir
    static Path dir;
    private static Path root;
    private static EmbeddedServer app;
    private static HttpServer internal;
    private static HttpServer outside;
    private static final AtomicInteger INTERNAL_HITS = new AtomicInteger();
    private static final Map<String, String> OUTSIDE_PAGES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Public for the first question, the internal network for every later one. */
    static final class RebindingResolver implements OutboundGuard.Resolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (host.endsWith("rebind.attacker.test")) {
                return new InetAddress[] {InetAddress.getByName(LOOKUPS.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1")};
            }
            return InetAddress.getAllByName(host);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        root = Files.createDirectories(dir.resolve("imports"));
        Files.writeString(root.resolve("page.txt"), "Kim Jong Un met Vladimir Putin in Vostochny to discuss cooperation.");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET host file content");
        Files.createSymbolicLink(root.resolve("escape.txt"), secret);
        Files.createSymbolicLink(root.resolve("escape-dir"), dir);

        internal = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        internal.createContext("/", ex -> {
            INTERNAL_HITS.incrementAndGet();
            byte[] body = "internal admin page".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        internal.start();
        outside = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.5"), 0), 0);
        outside.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            String location = OUTSIDE_PAGES.get("redirect:" + path);
            if (location != null) {
                ex.getResponseHeaders().add("Location", location);
                ex.sendResponseHeaders(302, -1);
            } else {
                String page = OUTSIDE_PAGES.get(path);
                byte[] body = (page == null ? "missing" : page).getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", path.endsWith(".rss") ? "application/rss+xml" : "text/html");
                ex.sendResponseHeaders(page == null ? 404 : 200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        outside.start();

        String prefix = TestKafka.uniquePrefix();
        TestKafka.createTopics(List.of(prefix + Topics.PAGES), 1);
        Map<String, Object> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        props.put("tumen.topic-prefix", prefix);
        props.put("micronaut.server.port", -1);
        props.put("tumen.outbound.allowed-hosts", "127.0.0.5");
        props.put("tumen.ingest.fetch.host-interval", "0s");
        props.put("tumen.ingest.fetch.respect-robots", false);
        props.put("tumen.ingest.fetch.connect-timeout", "1s");
        props.put("tumen.ingest.fetch.read-timeout", "3s");
        props.put("tumen.ingest.import-root", root.toString());
        props.put("tumen.ingest.feeds.tick", "100ms");
        props.put("micronaut.server.read-idle-timeout", "2s");
        props.put("micronaut.server.idle-timeout", "2s");
        ApplicationContext ctx = ApplicationContext.builder().properties(props).environments("test", "dev")
                .singletons(new RebindingResolver()).start();
        app = ctx.getBean(EmbeddedServer.class).start();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.getApplicationContext().close();
        }
        internal.stop(0);
        outside.stop(0);
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        try {
            return send(path, json);
        } catch (java.io.IOException closedIdle) {
            // This service closes idle connections after 2 s (the slowloris setting): a pooled one may be gone.
            return send(path, json);
        }
    }

    private static HttpResponse<String> send(String path, String json) throws Exception {
        return ApiContract.check(HTTP.send(HttpRequest.newBuilder(URI.create(app.getURL() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString()), "/openapi/ingest.yml");
    }

    private static JsonNode json(String body) throws Exception {
        return Json.mapper().readTree(body);
    }

    private static String outsideUrl(String path) {
        return "http://127.0.0.5:" + outside.getAddress().getPort() + path;
    }

    private static int internalPort() {
        return internal.getAddress().getPort();
    }

    @Test
    void everyForbiddenAddressSpellingIsRefusedForFetches() throws Exception {
        int before = INTERNAL_HITS.get();
        for (String host : ForbiddenSpellings.HOSTS) {
            HttpResponse<String> r = post("/fetch", Json.string(Map.of("url", "http://" + host + ":" + internalPort() + "/admin")));
            assertTrue(r.statusCode() == 403 || r.statusCode() == 400, host + " -> " + r.statusCode() + " " + r.body());
            assertFalse(r.body().contains("internal admin page"), host);
        }
        assertEquals(before, INTERNAL_HITS.get(), "no forbidden spelling reached the internal server");
    }

    @Test
    void portsOfOtherProtocolsAreRefusedEvenOnAnAllowedHost() throws Exception {
        for (String path : List.of("/fetch", "/feeds")) {
            HttpResponse<String> r = post(path, Json.string(Map.of("url", "http://127.0.0.5:25/mail")));
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("forbidden-address") && r.body().contains("port 25"), r.body());
        }
    }

    @Test
    void everyForbiddenAddressSpellingIsRefusedForFeeds() throws Exception {
        int before = INTERNAL_HITS.get();
        for (String host : ForbiddenSpellings.HOSTS) {
            HttpResponse<String> added = post("/feeds", Json.string(Map.of("url", "http://" + host + ":" + internalPort() + "/feed.rss")));
            // Refused when followed, as a fetch of the same URL is, never a 201 for a feed no poll may read.
            assertTrue(added.statusCode() == 403 || added.statusCode() == 400, host + " -> " + added.statusCode() + " " + added.body());
        }
        assertEquals(before, INTERNAL_HITS.get(), "no feed poll reached the internal server");
    }

    @Test
    void dnsRebindingNeverConnectsToThePrivateAnswer() throws Exception {
        int before = INTERNAL_HITS.get();
        LOOKUPS.set(0);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = post("/fetch", Json.string(Map.of("url", "http://rebind.attacker.test:" + internalPort() + "/admin")));
            assertNotEquals(200, r.statusCode(), r.body());
            assertFalse(r.body().contains("internal admin page"));
        }
        assertTrue(LOOKUPS.get() >= 2, "the resolver was asked again and answered private");
        assertEquals(before, INTERNAL_HITS.get(), "nothing connected to the private address");
    }

    @Test
    void redirectChainsIntoPrivateAddressesAreRefused() throws Exception {
        int before = INTERNAL_HITS.get();
        List<String> targets = List.of("http://127.0.0.1:" + internalPort() + "/admin", "http://2130706433:" + internalPort() + "/admin",
                "http://[::ffff:127.0.0.1]:" + internalPort() + "/admin", "http://localhost:" + internalPort() + "/admin",
                "http://169.254.169.254/latest/meta-data/", "http://rebind.attacker.test:" + internalPort() + "/admin");
        for (int i = 0; i < targets.size(); i++) {
            OUTSIDE_PAGES.put("redirect:/hop1-" + i, outsideUrl("/hop2-" + i));
            OUTSIDE_PAGES.put("redirect:/hop2-" + i, targets.get(i));
            LOOKUPS.set(0);
            HttpResponse<String> r = post("/fetch", Json.string(Map.of("url", outsideUrl("/hop1-" + i))));
            assertNotEquals(200, r.statusCode(), targets.get(i) + ": " + r.body());
            assertFalse(r.body().contains("internal admin page"));
        }
        assertEquals(before, INTERNAL_HITS.get(), "no redirect hop reached the internal server");
    }

    @Test
    void importsStayInsideTheRootAndTellNothingAboutTheHost() throws Exception {
        List<String> refused = List.of("/etc/passwd", "/definitely/missing/file.txt", root + "/../secret.txt", "../secret.txt",
                root.resolve("escape.txt").toString(), "escape.txt", "escape-dir/secret.txt", root + "/missing.txt", dir.toString(),
                "/proc/self/environ", root + "/./../../" + dir.getFileName() + "/secret.txt");
        String first = null;
        for (String path : refused) {
            HttpResponse<String> r = post("/imports", Json.string(Map.of("path", path)));
            assertEquals(404, r.statusCode(), path + ": " + r.body());
            assertFalse(r.body().contains("TOP-SECRET"), path);
            assertFalse(r.body().contains(dir.toString()), "the answer does not name host directories: " + r.body());
            if (first == null) {
                first = r.body();
            }
            assertEquals(json(first).path("detail").asText(), json(r.body()).path("detail").asText(), "one identical answer: " + path);
            assertEquals(json(first).path("type").asText(), json(r.body()).path("type").asText());
        }
        HttpResponse<String> whole = post("/imports", Json.string(Map.of("path", root.toString())));
        assertEquals(200, whole.statusCode(), whole.body());
        assertEquals(1, json(whole.body()).path("files").asInt(), "the symlinks inside the root are not followed: " + whole.body());
        assertFalse(whole.body().contains("TOP-SECRET"));
    }

    @Test
    void importErrorsNeverQuoteFileContent() throws Exception {
        Files.writeString(root.resolve("bad.jsonl"), "{\"content\": TOP-SECRET-LINE-CONTENT}\n");
        HttpResponse<String> r = post("/imports", Json.string(Map.of("path", "bad.jsonl")));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, json(r.body()).path("failed").asInt(), r.body());
        assertFalse(r.body().contains("TOP-SECRET"), r.body());
        Files.delete(root.resolve("bad.jsonl"));
    }

    private static String article(String canonical, String marker) {
        return "<html><head><title>Pact " + marker + "</title><link rel=\"canonical\" href=\"" + canonical + "\"></head><body><p>"
                + "Russia and North Korea signed a defence pact in Pyongyang, marker " + marker + ".</p></body></html>";
    }

    @Test
    void aPushWithoutUrlCannotClaimAnotherSitesCanonical() throws Exception {
        String marker = "push" + System.nanoTime();
        String genuineUrl = "https://news.example/pact-" + marker;
        String content = article(genuineUrl, marker);
        HttpResponse<String> spoof = post("/pages", Json.string(Map.of("content", content, "contentType", "text/html")));
        assertTrue(spoof.statusCode() < 300, spoof.body());
        assertTrue(json(spoof.body()).path("url").isMissingNode() || json(spoof.body()).path("url").isNull(),
                "a URL-less page adopts no canonical: " + spoof.body());
        HttpResponse<String> genuine = post("/pages", Json.string(Map.of("url", genuineUrl, "content", content, "contentType", "text/html")));
        assertTrue(genuine.statusCode() < 300, genuine.body());
        assertFalse(json(genuine.body()).path("duplicate").asBoolean(), "the genuine page is not suppressed: " + genuine.body());
        // A canonical on another registrable domain is ignored even with a transport URL.
        HttpResponse<String> foreign = post("/pages", Json.string(Map.of("url", "https://attacker.example/copy-" + marker,
                "content", article("https://news.example/other-" + marker, marker + "x"), "contentType", "text/html")));
        assertTrue(json(foreign.body()).path("url").asText().startsWith("https://attacker.example/"), foreign.body());
    }

    @Test
    void aFeedEntryWithoutLinkCannotClaimAnotherSitesCanonical() throws Exception {
        String marker = "feed" + System.nanoTime();
        String genuineUrl = "https://news.example/pact-" + marker;
        String content = article(genuineUrl, marker);
        String escaped = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        OUTSIDE_PAGES.put("/" + marker + ".rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>"
                + outsideUrl("/") + "</link><description>d</description><item><title>Pact " + marker + "</title><description>"
                + escaped + "</description></item></channel></rss>");
        HttpResponse<String> added = post("/feeds", Json.string(Map.of("url", outsideUrl("/" + marker + ".rss"), "intervalSeconds", 3600)));
        assertTrue(added.statusCode() < 300, added.body());
        String id = json(added.body()).path("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> json(ApiContract.check(HTTP.send(HttpRequest.newBuilder(
                URI.create(app.getURL() + "/feeds/" + id)).build(), HttpResponse.BodyHandlers.ofString()), "/openapi/ingest.yml").body())
                .path("lastOutcome").asText().equals("ok"));
        HttpResponse<String> genuine = post("/pages", Json.string(Map.of("url", genuineUrl, "content", content, "contentType", "text/html")));
        assertTrue(genuine.statusCode() < 300, genuine.body());
        assertFalse(json(genuine.body()).path("duplicate").asBoolean(), "the genuine page is not suppressed: " + genuine.body());
    }

    @Test
    void connectionsThatNeverFinishTheirHeadersAreClosed() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket s = new Socket("127.0.0.1", app.getPort());
                s.setSoTimeout(60_000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /pages HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-" + i + ": ").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                sockets.add(s);
            }
            // Closed by the 2 s idle timeout, which says nothing, not by the 20 s header deadline, which answers 408: the
            // first read tells them apart where a bound on the clock (20 s in all) did, and a slow machine moves neither.
            // 60 s a socket is a guard against a hang.
            for (Socket s : sockets) {
                InputStream in = s.getInputStream();
                int read;
                try {
                    read = in.read();
                } catch (java.net.SocketException reset) {
                    read = -1;
                }
                assertEquals(-1, read, "closed without an answer (the idle timeout), not answered (the header deadline's 408)");
            }
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
        // The service still answers after the flood.
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(app.getURL() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}

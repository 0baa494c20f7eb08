package dev.tumen.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.contract.ApiContract;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Severity;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live stream in a real browser: headless Chromium opens a page served from another origin, whose
 * {@code EventSource}s (one listening by event name, one with {@code named=false} and {@code onmessage}) read
 * {@code /stream} with the query-string token. The page reports what it receives to its own origin. Skipped when no
 * Chromium is installed (set {@code TUMEN_CHROMIUM} to a binary to choose one); {@link StreamIT} covers the same
 * HTTP sequence without a browser, so fresh CI machines still test it.
 */
@ExtendWith(KafkaExtension.class)
class StreamBrowserIT {

    private static Path chromium() {
        String chosen = System.getenv("TUMEN_CHROMIUM");
        if (chosen != null && !chosen.isBlank()) {
            return Files.isExecutable(Path.of(chosen)) ? Path.of(chosen) : null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static String page(int streamPort, String token) {
        String base = "http://127.0.0.1:" + streamPort + "/stream?minSeverity=high&access_token=" + token;
        return """
                <!doctype html><meta charset="utf-8"><title>dashboard</title>
                <script>
                function report(s) { fetch('/log?' + encodeURIComponent(s)); }
                function keep(e) { fetch('/data', {method: 'POST', body: e.data}); }
                const named = new EventSource('%1$s');
                named.onopen = () => report('open:named');
                named.onerror = () => report('error:named');
                for (const type of ['alert.created', 'alert.escalated']) {
                  named.addEventListener(type, (e) => { keep(e); report('named:' + JSON.parse(e.data).data.article.id + ':' + e.lastEventId); });
                }
                named.onmessage = (e) => report('unexpected-unnamed-on-named:' + e.data);
                const unnamed = new EventSource('%1$s&named=false');
                unnamed.onopen = () => report('open:unnamed');
                unnamed.onerror = () => report('error:unnamed');
                unnamed.onmessage = (e) => { keep(e); report('unnamed:' + JSON.parse(e.data).data.article.id + ':' + e.lastEventId); };
                </script>
                """.formatted(base);
    }

    private static void stop(Process browser) throws InterruptedException {
        if (browser != null && browser.isAlive()) {
            browser.descendants().forEach(ProcessHandle::destroy);
            browser.destroy();
            browser.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void chromiumOnAnotherOriginReceivesNamedAndUnnamedEvents() throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "no Chromium found (PATH or TUMEN_CHROMIUM): the browser test is skipped");
        String token = "browser-it-token-" + UUID.randomUUID().toString().replace("-", "");
        List<String> log = new CopyOnWriteArrayList<>();
        List<String> data = new CopyOnWriteArrayList<>();
        HttpServer pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int pagePort = pages.getAddress().getPort();
        Map<String, Object> props = AlertHarness.fastRetries();
        // The page's origin is localhost:<pagePort>, the stream is 127.0.0.1:<port>: two origins.
        props.put("tumen.alert.stream.cors.allowed-origins", "http://localhost:" + pagePort);
        props.put("tumen.security.token", token);
        Path profile = Files.createTempDirectory("tumen-chromium");
        Process browser = null;
        try (AlertHarness harness = new AlertHarness(props)) {
            EmbeddedServer server = harness.start();
            byte[] html = page(server.getPort(), token).getBytes(StandardCharsets.UTF_8);
            pages.createContext("/", exchange -> {
                if (exchange.getRequestURI().getPath().equals("/log")) {
                    log.add(URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(204, -1);
                } else if (exchange.getRequestURI().getPath().equals("/data")) {
                    data.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, html.length);
                    exchange.getResponseBody().write(html);
                }
                exchange.close();
            });
            pages.start();
            browser = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile, "http://localhost:" + pagePort + "/")
                    .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();

            await().atMost(Duration.ofSeconds(60)).until(() -> log.contains("open:named") && log.contains("open:unnamed"));
            ArticleLabelled a = StreamIT.story(Severity.HIGH);
            ArticleLabelled b = StreamIT.story(Severity.CRITICAL);
            harness.publish(a);
            harness.publish(b);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ArticleLabelled x : List.of(a, b)) {
                    assertTrue(log.stream().anyMatch(l -> l.startsWith("named:" + x.id() + ":")), log::toString);
                    assertTrue(log.stream().anyMatch(l -> l.startsWith("unnamed:" + x.id() + ":")), log::toString);
                }
            });
            assertTrue(log.stream().noneMatch(l -> l.startsWith("unexpected") || l.startsWith("error")), log::toString);
            // Every event's data the browser handed to the page, against the served description. An EventSource opens
            // only on a 200 text/event-stream answer (it fails the connection otherwise), so "open" stands for the head.
            await().atMost(Duration.ofSeconds(10)).until(() -> data.size() >= 4);
            ApiContract.checkEvents(URI.create("http://127.0.0.1:" + server.getPort() + "/stream"), 200, "text/event-stream", data,
                    "/openapi/alert.yml");
            // The browser goes before the service, so the service's shutdown finds no stream open.
            stop(browser);
        } finally {
            stop(browser);
            pages.stop(0);
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}

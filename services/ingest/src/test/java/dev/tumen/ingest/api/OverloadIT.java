package dev.tumen.ingest.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.ingest.support.IngestApp;
import dev.tumen.ingest.support.TestWebServer;
import dev.tumen.testkit.KafkaExtension;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15: ingest holds at most {@code max-pending-requests} requests (set here by its name before
 * {@code tumen.http}, which must still be read); past that a request is answered at once with
 * 503 problem+json and {@code Retry-After}, instead of waiting in the blocking pool's unbounded queue. Health answers
 * throughout, and the slot comes back when the held request finishes.
 */
@ExtendWith(KafkaExtension.class)
class OverloadIT {
    private static final String PAGE = """
            {"url": "https://news.example/overload-%s", "content": "Kim Jong Un arrived in Moscow.", "source": "example", "title": "Kim"}""";

    @Test
    void pastMaxPendingRequestsAnswers503WithRetryAfterAndRecovers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (TestWebServer web = new TestWebServer();
             IngestApp app = new IngestApp(Map.of("tumen.ingest.max-pending-requests", 1, "tumen.ingest.overload-retry-after-seconds", 2))) {
            web.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            web.route("/held", ex -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                TestWebServer.respond(ex, 200, "text/html", "<html><body>Kim Jong Un in Moscow</body></html>".getBytes());
            });
            MeterRegistry meters = app.context().getBean(MeterRegistry.class);

            // given: one fetch holds the only slot
            CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(
                    () -> app.postJson("/fetch", "{\"url\": \"" + web.url("/held") + "\"}"));
            await().atMost(Duration.ofSeconds(20)).until(() -> web.count("/held") == 1);

            // when: another request comes
            HttpResponse<String> refused = app.postJson("/pages", PAGE.formatted("a"));

            // then: 503 problem+json with Retry-After, at once; health still answers
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("2", refused.headers().firstValue("Retry-After").orElse(null));
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    refused.headers().toString());
            assertTrue(refused.body().contains("overloaded"), refused.body());
            HttpResponse<String> health = app.get("/health");
            assertEquals(200, health.statusCode(), health.body());
            assertEquals(1.0, meters.find("tumen.http.requests.overloaded").counter().count());
            assertEquals(1.0, meters.find("tumen.http.requests.pending").gauge().value());

            // and once the held request finishes, its slot serves the next one
            release.countDown();
            assertEquals(202, held.get(30, TimeUnit.SECONDS).statusCode());
            await().atMost(Duration.ofSeconds(15)).until(() -> meters.find("tumen.http.requests.pending").gauge().value() == 0);
            HttpResponse<String> accepted = app.postJson("/pages", PAGE.formatted("b"));
            assertEquals(202, accepted.statusCode(), accepted.body());
        }
    }
}

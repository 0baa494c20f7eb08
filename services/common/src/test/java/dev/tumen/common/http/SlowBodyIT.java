package dev.tumen.common.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import dev.tumen.testkit.TrickleClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Attack suite, resources class: a request holds one of the service's request slots from its headers on, so a body
 * trickled a byte at a time, each byte inside every idle timeout, would hold its slot for ever, and a few of them
 * would have every other client refused 503. Each is answered 408 {@code request-body-timeout} and closed once the
 * body deadline passes, its slot comes back, and a request without a body is not timed past its headers.
 */
class SlowBodyIT {
    private static final String TOKEN = "slow-body-token-0123456789abcdef0123";
    // Both trickles must hold their slots at once for the 503 the test waits for: a deadline of 1.5 s left too small a
    // window on a loaded machine (load 14, the second trickle connected after the first was cut off).
    private static final Duration DEADLINE = Duration.ofMillis(4000);

    @Controller("/slow-body")
    @Requires(property = "slow-body-it", value = "true")
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class UploadController {
        @Post(consumes = MediaType.TEXT_PLAIN, produces = MediaType.TEXT_PLAIN)
        String upload(@Body String body) {
            return Integer.toString(body.length());
        }

        @Get(produces = MediaType.TEXT_PLAIN)
        String slowAnswer() throws InterruptedException {
            Thread.sleep(DEADLINE.toMillis() + 1000);
            return "late";
        }
    }

    @Test
    void trickledBodiesAreCutOffAndGiveTheirSlotsBack() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "tumen.security.token", TOKEN, "kafka.health.enabled", false, "slow-body-it", "true",
                "tumen.http.body-timeout", DEADLINE.toMillis() + "ms", "tumen.http.max-pending-requests", 2))) {
            HttpClient http = HttpClient.newHttpClient();

            // given: two clients trickle their bodies and hold both slots
            List<CompletableFuture<String>> trickled = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                trickled.add(CompletableFuture.supplyAsync(() -> trickle(server.getPort())));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> upload(http, server, "whole").statusCode() == 503);

            // then: each is answered 408 request-body-timeout and closed after the deadline
            for (CompletableFuture<String> answer : trickled) {
                String text = answer.get();
                assertTrue(text.startsWith("HTTP/1.1 408 Request Timeout\r\n"), text);
                assertTrue(text.contains("application/problem+json") && text.contains("/problems/request-body-timeout"), text);
                assertTrue(text.toLowerCase().contains("connection: close"), text);
            }

            // and their slots come back; a whole body and a slow answer to a request without a body both pass
            HttpResponse<String> whole = upload(http, server, "Kim met Putin.");
            assertEquals(200, whole.statusCode(), whole.body());
            assertEquals("14", whole.body());
            HttpResponse<String> late = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/slow-body"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, late.statusCode(), late.body());
        }
    }

    private static HttpResponse<String> upload(HttpClient http, EmbeddedServer server, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/slow-body")).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the headers at once, then one byte of a 10,000-byte body every 150 ms until the server answers or closes. */
    private static String trickle(int port) {
        return TrickleClient.send(port, "POST /slow-body HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: text/plain\r\nContent-Length: 10000\r\n\r\n", (byte) 'a', Duration.ofSeconds(30)).answer();
    }
}

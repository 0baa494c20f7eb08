package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /health} answers its status to anyone and its details only to a caller with a valid token. */
class HealthDetailsIT {
    private static final String TOKEN = "health-details-token-0123456789abcdef";

    @Test
    void healthDetailsOnlyForATokenHolder() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "tumen.security.token", TOKEN, "kafka.health.enabled", false,
                "endpoints.health.enabled", true, "endpoints.health.sensitive", false,
                "endpoints.health.details-visible", "AUTHENTICATED"))) {
            HttpClient http = HttpClient.newHttpClient();
            URI health = URI.create(server.getURL() + "/health");
            String anonymous = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).body();
            String wrong = http.send(HttpRequest.newBuilder(health).header("Authorization", "Bearer nope").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String authenticated = http.send(HttpRequest.newBuilder(health).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertFalse(anonymous.contains("details"), anonymous);
            assertFalse(wrong.contains("details"), wrong);
            assertTrue(authenticated.contains("details"), authenticated);
        }
    }

    /**
     * Probe of session 41: HEAD on a health path answered 200 while GET answered 503 DOWN (Micronaut maps the health's
     * status to the HTTP status from the body a HEAD answer does not have), so a load balancer checking with HEAD kept
     * a service that was down. HEAD answers what GET does, without the body.
     */
    @Test
    void headOnHealthAnswersTheStatusGetAnswers() throws Exception {
        // Without a broker the Kafka indicator is DOWN: GET answers 503.
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "tumen.security.token", TOKEN, "endpoints.health.enabled", true,
                "kafka.bootstrap.servers", "127.0.0.1:1"))) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"/health", "/health/readiness", "/health/liveness"}) {
                URI uri = URI.create(server.getURL() + path);
                HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(get.statusCode(), head.statusCode(), path + ": GET " + get.statusCode() + " " + get.body());
                assertEquals("", head.body(), path);
            }
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, get.statusCode(), "the case this test is about: " + get.body());
        }
    }
}

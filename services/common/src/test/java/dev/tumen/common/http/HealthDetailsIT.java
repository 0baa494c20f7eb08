package dev.tumen.common.http;

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
}

package dev.tumen.classifier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.model.Json;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.testkit.contract.ApiContract;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
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
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /classify} holds at most {@code tumen.http.max-pending-requests} requests. Before, costly pages sent in
 * parallel took the blocking pool's four threads and every later request waited in its unbounded queue, body and
 * all, in a 96 MB heap; now the one past the bound is answered 503 {@code overloaded} with {@code Retry-After} at
 * once, health still answers, and the slots come back as the held pages finish.
 */
@ExtendWith(KafkaExtension.class)
class ClassifyOverloadIT {
    private static final String TOKEN = "s3cret-token-of-at-least-32-characters";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pastMaxPendingRequestsAnswers503WithRetryAfterAndRecovers() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
                "tumen.topic-prefix", TestKafka.uniquePrefix(),
                "micronaut.server.port", -1,
                "tumen.security.token", TOKEN,
                // SPIN-FOREVER in a page never ends but for the page's CPU budget: a page that holds its thread.
                "tumen.test.poison-labeller", "true",
                "tumen.classifier.page-budget", "3s",
                "tumen.http.max-pending-requests", 2,
                "tumen.http.overload-retry-after-seconds", 2), "test")) {
            MeterRegistry meters = server.getApplicationContext().getBean(MeterRegistry.class);

            // given: two costly pages hold both slots
            List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                held.add(http.sendAsync(classify(server, "SPIN-FOREVER Kim and Putin " + i), HttpResponse.BodyHandlers.ofString()));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> meters.find("tumen.http.requests.pending").gauge().value() == 2);

            // when: a third page comes
            HttpResponse<String> refused = ApiContract.check(http.send(classify(server, "Kim Jong Un met Vladimir Putin."),
                    HttpResponse.BodyHandlers.ofString()), "/openapi/classifier.yml");

            // then: 503 problem+json with Retry-After, at once; health and metrics still answer
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = Json.mapper().readTree(refused.body());
            assertThat(problem.path("type").asText()).endsWith("/overloaded");
            assertThat(problem.path("detail").asText()).contains("tumen.http.max-pending-requests");
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            assertThat(get(server, "/prometheus").body()).contains("tumen_http_requests_overloaded_total 1.0");

            // and once the held pages end (over their budget), their slots serve the next page
            for (CompletableFuture<HttpResponse<String>> h : held) {
                assertThat(h.get().statusCode()).isEqualTo(422);
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> meters.find("tumen.http.requests.pending").gauge().value() == 0);
            HttpResponse<String> labelled = http.send(classify(server, "Kim Jong Un met Vladimir Putin in Vladivostok."),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(labelled.statusCode()).isEqualTo(200);
        }
    }

    private static HttpRequest classify(EmbeddedServer server, String text) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + "/classify"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
    }

    private HttpResponse<String> get(EmbeddedServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

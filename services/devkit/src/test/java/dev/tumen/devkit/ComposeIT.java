package dev.tumen.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.model.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The containerized deployment, tested: builds the images and runs {@code docker-compose.yml} with the demo overlay
 * (a webhook receiver container) and {@code compose-it.yml} (ephemeral host ports), subscribes the receiver, pushes
 * every page of {@code seeds/pages} to ingest and expects at the receiver exactly one alert, correctly signed, per
 * page {@code seeds/labels.jsonl} calls relevant and none for the others. Skipped, with the reason, where no Docker
 * engine answers or an image is neither here nor pullable (see {@link ComposeStack}).
 *
 * <pre>./mvnw -B -pl services/devkit -am verify -Dtest=none -Dit.test=ComposeIT -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 * The first run builds the images with Maven inside Docker and takes minutes; later runs reuse the layer cache.
 */
class ComposeIT {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeIT.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void seedPagesThroughTheComposeDeploymentGiveOneSignedAlertPerRelevantPage() throws Exception {
        long t0 = System.nanoTime();
        try (ComposeStack stack = ComposeStack.assumeUsable("tumen-it", "docker-compose.yml", "docker-compose.demo.yml",
                Path.of(ComposeIT.class.getResource("/compose-it.yml").toURI()).toString())) {
            stack.up();
            LOG.info("memory at rest: {}", stack.memory());
            String ingest = stack.url("ingest", 8081);
            String alert = stack.url("alert", 8083);
            String receiver = stack.url("receiver", 8080);
            String token = stack.token;

            // given: the receiver subscribed by its compose name, as the README does
            HttpResponse<String> sub = send(token, HttpRequest.newBuilder(URI.create(alert + "/subscriptions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.string(Map.of("name", "compose-it", "url", "http://receiver:8080/hook",
                            "format", "json", "minSeverity", "low")))));
            assertThat(sub.statusCode()).as("subscribe: " + sub.body()).isEqualTo(201);
            String secret = Json.mapper().readTree(sub.body()).path("secret").asText();
            assertThat(secret).as("the new subscription's signing secret").startsWith("whsec_");

            // when: every seed page is pushed to ingest
            Path root = RepoPaths.root();
            Map<String, String> pageIdBySeed = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(RepoPaths.seedsPages())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    HttpResponse<String> pushed = send(token, HttpRequest.newBuilder(URI.create(ingest + "/pages"))
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofFile(file)));
                    assertThat(pushed.statusCode()).as("push " + file.getFileName() + ": " + pushed.body()).isEqualTo(202);
                    String seed = file.getFileName().toString().replaceFirst("\\.txt$", "");
                    pageIdBySeed.put(seed, Json.mapper().readTree(pushed.body()).path("id").asText());
                }
            }
            LOG.info("memory after the seed pages: {}", stack.memory());

            // then: one signed alert for each page the labels call relevant, none for the others
            Map<String, Boolean> relevantBySeed = new LinkedHashMap<>();
            for (String line : Files.readAllLines(root.resolve("seeds/labels.jsonl"))) {
                if (!line.isBlank()) {
                    JsonNode label = Json.mapper().readTree(line);
                    relevantBySeed.put(label.path("id").asText(), label.path("relevant").asBoolean());
                }
            }
            assertThat(pageIdBySeed.keySet()).as("every labelled seed was pushed").containsAll(relevantBySeed.keySet());
            long relevant = relevantBySeed.values().stream().filter(Boolean::booleanValue).count();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> stack.webhooks(receiver).size() >= relevant);
            // Settled when the count holds still: a duplicate or an alert for an irrelevant page would show up here.
            int settled = stack.webhooks(receiver).size();
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).until(() -> stack.webhooks(receiver).size() == settled);

            List<ComposeStack.Webhook> hooks = stack.webhooks(receiver);
            assertThat(hooks).as("webhooks whose Standard Webhooks signature does not verify")
                    .filteredOn(h -> !h.signedWith(secret)).isEmpty();
            List<String> alerted = hooks.stream().map(ComposeStack.Webhook::articleId).toList();
            List<String> mismatches = new ArrayList<>();
            relevantBySeed.forEach((seed, isRelevant) -> {
                long n = alerted.stream().filter(pageIdBySeed.get(seed)::equals).count();
                if (isRelevant && n != 1) {
                    mismatches.add(seed + ": expected one alert, got " + n);
                } else if (!isRelevant && n != 0) {
                    mismatches.add(seed + ": irrelevant page alerted " + n + " time(s)");
                }
            });
            assertThat(mismatches).as("seed pages whose alerts differ from seeds/labels.jsonl").isEmpty();
            LOG.info("ComposeIT: {} pages, {} signed alerts, {} s including the build", pageIdBySeed.size(), hooks.size(),
                    (System.nanoTime() - t0) / 1_000_000_000);
        }
    }

    private HttpResponse<String> send(String token, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

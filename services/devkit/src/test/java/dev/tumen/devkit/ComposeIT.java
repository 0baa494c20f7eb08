package dev.tumen.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.model.Json;
import java.io.File;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The containerized deployment, tested: builds the three images and runs {@code docker-compose.yml} (plus
 * {@code compose-it.yml}: a webhook receiver and plain-http webhooks to it), subscribes the receiver, pushes every
 * page of {@code seeds/pages} to ingest and expects exactly one alert per page {@code seeds/labels.jsonl} calls
 * relevant and none for the others. Skipped, with a message, where no Docker engine answers.
 *
 * <p>Needs the {@code docker compose} CLI (2.24+) next to the engine; the first run builds the images with Maven
 * inside Docker and downloads dependencies, so it takes minutes.
 */
class ComposeIT {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeIT.class);
    private static final String TOKEN = "compose-it-token-7f3a9c2e51d84b06";
    // The first start builds three images: Maven inside Docker, dependencies downloaded.
    private static final Duration STARTUP = Duration.ofMinutes(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void seedPagesThroughTheComposeDeploymentGiveOneAlertPerRelevantPage() throws Exception {
        Assumptions.assumeTrue(dockerAvailable(), "no Docker engine: ComposeIT skipped");
        Assumptions.assumeTrue(composeCliAvailable(), "no 'docker compose' CLI next to the Docker engine: ComposeIT skipped");
        Path root = RepoPaths.root();
        File override = new File(ComposeIT.class.getResource("/compose-it.yml").toURI());
        try (ComposeContainer compose = new ComposeContainer(root.resolve("docker-compose.yml").toFile(), override)
                .withEnv("TUMEN_SECURITY_TOKEN", TOKEN)
                .withBuild(true)
                .withRemoveVolumes(true)
                .withExposedService("ingest-1", 8081, Wait.forHttp("/health").forStatusCode(200).withStartupTimeout(STARTUP))
                .withExposedService("classifier-1", 8082, Wait.forHttp("/health").forStatusCode(200).withStartupTimeout(STARTUP))
                .withExposedService("alert-1", 8083, Wait.forHttp("/health").forStatusCode(200).withStartupTimeout(STARTUP))
                .withExposedService("receiver-1", 8080, Wait.forHttp("/").forStatusCode(200).withStartupTimeout(STARTUP))
                .withLogConsumer("ingest-1", new Slf4jLogConsumer(LOG).withPrefix("ingest"))
                .withLogConsumer("classifier-1", new Slf4jLogConsumer(LOG).withPrefix("classifier"))
                .withLogConsumer("alert-1", new Slf4jLogConsumer(LOG).withPrefix("alert"))) {
            compose.start();
            String ingest = url(compose, "ingest-1", 8081);
            String alert = url(compose, "alert-1", 8083);
            String receiver = url(compose, "receiver-1", 8080);

            // given: the receiver subscribed (its compose name, reachable from the alert container)
            HttpResponse<String> sub = send(HttpRequest.newBuilder(URI.create(alert + "/subscriptions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.string(Map.of("name", "compose-it", "url", "http://receiver:8080/hook",
                            "format", "json", "minSeverity", "low")))));
            assertThat(sub.statusCode()).as("subscribe: " + sub.body()).isEqualTo(201);

            // when: every seed page is pushed to ingest
            Map<String, String> pageIdBySeed = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(RepoPaths.seedsPages())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    HttpResponse<String> pushed = send(HttpRequest.newBuilder(URI.create(ingest + "/pages"))
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofFile(file)));
                    assertThat(pushed.statusCode()).as("push " + file.getFileName() + ": " + pushed.body()).isEqualTo(202);
                    String seed = file.getFileName().toString().replaceFirst("\\.txt$", "");
                    pageIdBySeed.put(seed, Json.mapper().readTree(pushed.body()).path("id").asText());
                }
            }

            // then: one alert for each page the labels call relevant, none for the others
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
                    .until(() -> alertedPageIds(receiver).size() >= relevant);
            // Settled when the count holds still: a duplicate or an alert for an irrelevant page would show up here.
            int settled = alertedPageIds(receiver).size();
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).until(() -> alertedPageIds(receiver).size() == settled);

            List<String> alerted = alertedPageIds(receiver);
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
        }
    }

    /** The article id of every webhook the receiver got, in arrival order. */
    private List<String> alertedPageIds(String receiver) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(receiver + "/")).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        for (JsonNode body : Json.mapper().readTree(r.body())) {
            ids.add(Json.mapper().readTree(body.asText()).path("data").path("article").path("id").asText());
        }
        return ids;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String url(ComposeContainer compose, String service, int port) {
        return "http://" + compose.getServiceHost(service, port) + ":" + compose.getServicePort(service, port);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** ComposeContainer without an image runs the local {@code docker compose}; it must exist and answer quickly. */
    private static boolean composeCliAvailable() {
        try {
            Process p = new ProcessBuilder(ComposeContainer.COMPOSE_EXECUTABLE, "compose", "version").redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}

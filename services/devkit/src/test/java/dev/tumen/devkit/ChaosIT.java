package dev.tumen.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.model.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures on the three-broker cluster ({@code docker-compose.cluster.yml}: replication factor 3, min.insync.replicas
 * 2, two instances of each service): streams pages into both ingest instances, {@code docker kill}s one broker and one
 * instance of each service mid-stream, starts them again, and checks that no accepted page is lost, that a
 * {@code read_committed} reader sees each page labelled once, and that the receiver got every alert signed, with any
 * repeat of an alert under the same {@code webhook-id}. Skipped where {@link ComposeStack} cannot run.
 *
 * <pre>./mvnw -B -pl services/devkit -am verify -Dtest=none -Dit.test=ChaosIT -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 */
class ChaosIT {
    private static final Logger LOG = LoggerFactory.getLogger(ChaosIT.class);
    private static final int PAGES = 160;
    private static final Duration PACE = Duration.ofMillis(250);
    /** How long the killed containers stay down: several Kafka session and request timeouts. */
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Test
    void killingABrokerAndAnInstanceOfEachServiceLosesNoPageAndDuplicatesNoLabel() throws Exception {
        long t0 = System.nanoTime();
        try (ComposeStack stack = ComposeStack.assumeUsable("tumen-chaos", "docker-compose.yml", "docker-compose.demo.yml",
                "docker-compose.cluster.yml", Path.of(ChaosIT.class.getResource("/compose-it.yml").toURI()).toString())) {
            stack.up();
            long startSeconds = secondsSince(t0);
            LOG.info("cluster healthy after {} s; memory at rest: {}", startSeconds, stack.memory());
            String token = stack.token;
            String receiver = stack.url("receiver", 8080);

            // given: the receiver subscribed on one alert instance and known to the other
            HttpResponse<String> sub = send(token, HttpRequest.newBuilder(URI.create(stack.url("alert", 8083, 1) + "/subscriptions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.string(Map.of("name", "chaos", "url", "http://receiver:8080/hook",
                            "format", "json", "minSeverity", "low")))));
            assertThat(sub.statusCode()).as("subscribe: " + sub.body()).isEqualTo(201);
            String secret = Json.mapper().readTree(sub.body()).path("secret").asText();
            String alert2 = stack.url("alert", 8083, 2);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    send(token, HttpRequest.newBuilder(URI.create(alert2 + "/subscriptions")).GET()).body().contains("\"chaos\""));

            // when: pages stream into both ingest instances while a broker and one instance of each service are killed
            List<String> seeds = new ArrayList<>();
            try (Stream<Path> files = Files.list(RepoPaths.seedsPages())) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    seeds.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            Map<Integer, String> ingest = new ConcurrentHashMap<>(Map.of(1, stack.url("ingest", 8081, 1), 2, stack.url("ingest", 8081, 2)));
            Map<String, Integer> pageIds = new ConcurrentHashMap<>();
            CountDownLatch quarter = new CountDownLatch(1);
            AtomicReference<Throwable> streamFailure = new AtomicReference<>();
            Thread streamer = new Thread(() -> {
                try {
                    for (int i = 0; i < PAGES; i++) {
                        // A distinct page per push: each seed again with its own dispatch line.
                        String page = seeds.get(i % seeds.size()) + "\n\nDispatch " + i + " of the chaos run.\n";
                        pageIds.put(push(token, ingest, 1 + i % 2, page), i);
                        if (i == PAGES / 4) {
                            quarter.countDown();
                        }
                        TimeUnit.MILLISECONDS.sleep(PACE.toMillis()); // the stream's pace, not a wait for a result
                    }
                } catch (Throwable e) {
                    streamFailure.set(e);
                }
            }, "chaos-stream");
            streamer.start();
            assertThat(quarter.await(5, TimeUnit.MINUTES)).as("a quarter of the pages streamed").isTrue();

            Map<String, String> victims = new LinkedHashMap<>();
            victims.put("kafka-2", stack.containers("kafka-2").get(0));
            victims.put("ingest #2", stack.containers("ingest").get(1));
            victims.put("classifier #1", stack.containers("classifier").get(0));
            victims.put("alert #1", stack.containers("alert").get(0));
            for (var v : victims.entrySet()) {
                assertThat(stack.docker(Duration.ofSeconds(30), "kill", v.getValue()).code()).as("docker kill " + v.getKey()).isZero();
            }
            LOG.info("killed {} after {} pages", victims.keySet(), pageIds.size());
            TimeUnit.SECONDS.sleep(OUTAGE.toSeconds()); // the outage itself: the stream goes on meanwhile
            for (var v : victims.entrySet()) {
                assertThat(stack.docker(Duration.ofSeconds(60), "start", v.getValue()).code()).as("docker start " + v.getKey()).isZero();
            }
            LOG.info("restarted them after {} pages", pageIds.size());
            // As long as the first start may take: on a machine loaded by other work (load average 40-80) the cluster took
            // 16 minutes to become healthy and the restarted victims more than 3.
            long restartStart = System.nanoTime();
            try {
                await().atMost(Duration.ofSeconds(Math.max(180, startSeconds))).pollInterval(Duration.ofSeconds(2))
                        .until(() -> victims.values().stream().allMatch(id -> health(stack, id).equals("healthy")));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                StringBuilder why = new StringBuilder("restarted victims not all healthy after " + secondsSince(restartStart) + " s:");
                for (var v : victims.entrySet()) {
                    why.append("\n").append(v.getKey()).append(": ").append(health(stack, v.getValue())).append(", last log lines:\n")
                            .append(stack.docker(Duration.ofSeconds(20), "logs", "--tail", "30", v.getValue()).out());
                }
                throw new AssertionError(why.toString(), e);
            }
            LOG.info("restarted victims healthy after {} s", secondsSince(restartStart));
            // A restarted container gets a new ephemeral host port.
            ingest.put(2, stack.url("ingest", 8081, 2));
            streamer.join(TimeUnit.MINUTES.toMillis(5));
            assertThat(streamFailure.get()).as("the stream").isNull();
            assertThat(pageIds).hasSize(PAGES);
            LOG.info("memory under the stream, after the restarts: {}", stack.memory());

            // then: every accepted page labelled, once, for a read_committed reader
            AtomicReference<Map<String, Long>> labelled = new AtomicReference<>(Map.of());
            try {
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(5)).until(() -> {
                    labelled.set(countKeys(stack, "tumen.articles.v1", true));
                    return labelled.get().keySet().containsAll(pageIds.keySet());
                });
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // Session 8's quiet run ended here with no clue; say how many are missing, whether they were published,
                // and what the classifiers were doing.
                Set<String> missing = new HashSet<>(pageIds.keySet());
                missing.removeAll(labelled.get().keySet());
                Map<String, Long> published = countKeys(stack, "tumen.pages.v1", false);
                long missingPublished = missing.stream().filter(published::containsKey).count();
                StringBuilder why = new StringBuilder(missing.size() + " of " + pageIds.size() + " accepted pages not labelled"
                        + " (read_committed) after 4 minutes; " + missingPublished + " of them are in tumen.pages.v1 (read_uncommitted);"
                        + " some: " + missing.stream().limit(10).toList());
                for (String id : stack.containers("classifier")) {
                    why.append("\nclassifier ").append(id).append(" (").append(health(stack, id)).append("), last log lines:\n")
                            .append(stack.docker(Duration.ofSeconds(20), "logs", "--tail", "40", id).out());
                }
                throw new AssertionError(why.toString(), e);
            }
            Map<String, Long> published = countKeys(stack, "tumen.pages.v1", false);
            Set<String> lost = new HashSet<>(pageIds.keySet());
            lost.removeAll(labelled.get().keySet());
            assertThat(lost).as("accepted pages never labelled").isEmpty();
            // A page published twice (a push retried on the other instance) is labelled twice, legitimately.
            Map<String, Long> duplicateLabels = labelled.get().entrySet().stream()
                    .filter(e -> e.getValue() > published.getOrDefault(e.getKey(), 1L))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(duplicateLabels).as("pages labelled more often than published, read_committed").isEmpty();

            // and: every alert signed; a repeated alert only ever under its first webhook-id
            // Settled when two readings 10 s apart agree: retries and late deliveries have arrived.
            java.util.concurrent.atomic.AtomicInteger previous = new java.util.concurrent.atomic.AtomicInteger(-1);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(10))
                    .until(() -> previous.getAndSet(stack.webhooks(receiver).size()) == previous.get());
            List<ComposeStack.Webhook> hooks = stack.webhooks(receiver);
            assertThat(hooks).as("webhooks with an invalid signature").filteredOn(h -> !h.signedWith(secret)).isEmpty();
            Map<String, Set<String>> idsByAlert = new HashMap<>();
            for (ComposeStack.Webhook h : hooks) {
                idsByAlert.computeIfAbsent(alertKey(h), k -> new HashSet<>()).add(h.id());
            }
            Map<String, Set<String>> sameAlertNewId = idsByAlert.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(sameAlertNewId).as("alerts delivered under more than one webhook-id").isEmpty();
            long distinctIds = hooks.stream().map(ComposeStack.Webhook::id).distinct().count();
            Map<String, Long> byId = hooks.stream().collect(Collectors.groupingBy(ComposeStack.Webhook::id, Collectors.counting()));
            long republished = published.values().stream().filter(n -> n > 1).count();
            LOG.info("CHAOS pages in {}, pages published {} ({} twice), labelled records {} ({} distinct), alerts out {} webhooks, "
                            + "{} distinct webhook-ids, {} repeated deliveries (same webhook-id, max {} of one); {} s in all",
                    pageIds.size(), published.values().stream().mapToLong(Long::longValue).sum(), republished,
                    labelled.get().values().stream().mapToLong(Long::longValue).sum(), labelled.get().size(), hooks.size(),
                    distinctIds, hooks.size() - distinctIds, byId.values().stream().mapToLong(Long::longValue).max().orElse(0),
                    secondsSince(t0));
        }
    }

    /** Pushes one page, to instance {@code preferred} or, while that one is down, to the other; returns its id. */
    private String push(String token, Map<Integer, String> ingest, int preferred, String page) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        int instance = preferred;
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = send(token, HttpRequest.newBuilder(URI.create(ingest.get(instance) + "/pages"))
                        .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(page)));
                // 200: a retried push that the first attempt had published after all (a duplicate, nothing new).
                if (r.statusCode() == 202 || r.statusCode() == 200) {
                    return Json.mapper().readTree(r.body()).path("id").asText();
                }
                last = new IllegalStateException("ingest #" + instance + " answered " + r.statusCode() + ": " + r.body());
            } catch (java.io.IOException e) {
                last = e;
            }
            instance = 3 - instance;
            TimeUnit.MILLISECONDS.sleep(200); // between two instances, not a wait for a result
        }
        throw new IllegalStateException("no ingest instance accepted a page for 2 minutes", last);
    }

    /** How often each key occurs on {@code topic}, read from the start inside the first broker's container. */
    private static Map<String, Long> countKeys(ComposeStack stack, String topic, boolean readCommitted) {
        ComposeStack.Result r = stack.compose(Duration.ofMinutes(2), "exec", "-T", "kafka", "/opt/kafka/bin/kafka-console-consumer.sh",
                "--bootstrap-server", "kafka:9092", "--topic", topic, "--from-beginning", "--timeout-ms", "8000",
                "--isolation-level", readCommitted ? "read_committed" : "read_uncommitted",
                "--property", "print.key=true", "--property", "print.value=false");
        return r.out().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("Processed a total") && !l.contains("ERROR") && !l.contains("WARN")
                        && !l.contains(" "))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** What makes two webhooks the same alert: its type, story, triggering copy and escalation. */
    private static String alertKey(ComposeStack.Webhook h) {
        try {
            JsonNode a = Json.mapper().readTree(h.body());
            JsonNode d = a.path("data");
            return a.path("type").asText() + "|" + d.path("story").path("id").asText() + "|" + d.path("article").path("id").asText()
                    + "|" + d.path("escalation").toString();
        } catch (java.io.IOException e) {
            return "unparseable:" + h.body();
        }
    }

    private HttpResponse<String> send(String token, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String health(ComposeStack stack, String container) {
        return stack.docker(Duration.ofSeconds(10), "inspect", "-f", "{{.State.Health.Status}}", container).out().strip();
    }

    private static long secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000_000;
    }
}

package dev.tumen.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The whole pipeline for fault tests: the services as processes on a broker, one subscriber, and the
 * bookkeeping every fault test ends with — pages in, labelled records per page (read_committed),
 * alerts out per page and their {@code webhook-id}s.
 */
final class FaultPipeline implements AutoCloseable {
    /** Fast retries so an outage of a minute is retried within the test; every page its own story. */
    static final Map<String, String> ENV = Map.of(
            "TUMEN_ALERT_STORY_WINDOW", "0s",
            "TUMEN_ALERT_DELIVERY_BACKOFF", "0s,1s,2s,5s,10s,15s,20s,30s,30s",
            "TUMEN_CLASSIFIER_MAX_BATCH", "20");

    final String prefix;
    final Stack stack;
    final WebhookReceiver receiver;
    final ArticleWatcher watcher;
    private final List<String> templates;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final ExecutorService pusher = Executors.newSingleThreadExecutor();

    private FaultPipeline(String prefix, Stack stack, WebhookReceiver receiver, ArticleWatcher watcher, List<String> templates) {
        this.prefix = prefix;
        this.stack = stack;
        this.receiver = receiver;
        this.watcher = watcher;
        this.templates = templates;
    }

    static FaultPipeline start(String bootstrap, String prefix, int partitions) throws Exception {
        dev.tumen.kafka.TopicProvisioner.catalogue(bootstrap, prefix, partitions);
        WebhookReceiver receiver = new WebhookReceiver();
        Stack stack = Stack.start(bootstrap, prefix, RepoPaths.root().resolve("services/devkit/target/it-logs/" + prefix), ENV);
        FaultPipeline pipeline = new FaultPipeline(prefix, stack, receiver, new ArticleWatcher(bootstrap, prefix + Topics.ARTICLES),
                Seeds.relevantTexts());
        receiver.trust(List.of(pipeline.subscribe(receiver).path("secret").asText()));
        return pipeline;
    }

    JsonNode subscribe(WebhookReceiver target) {
        return JsonHttp.post(stack.url("alert", "/subscriptions"),
                Map.of("name", "fault-" + target.url().getPort(), "url", target.url().toString(), "minSeverity", "low"),
                Duration.ofSeconds(10));
    }

    /** Pushes {@code count} distinct relevant pages at {@code perSecond} in the background; returns their ids when done. */
    Future<List<String>> pushInBackground(String tag, int count, int perSecond) {
        return pusher.submit(() -> {
            List<String> ids = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + i * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                ids.add(pushOne(tag, i));
            }
            return ids;
        });
    }

    List<String> push(String tag, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(pushOne(tag, i));
        }
        return ids;
    }

    private String pushOne(String tag, int i) {
        String content = "Fault test page " + tag + "-" + i + "\n" + templates.get(i % templates.size());
        JsonNode answer = JsonHttp.post(stack.url("ingest", "/pages"), Map.of("url", "https://faults.example/" + tag + "/" + i,
                "content", content, "contentType", "text/plain", "source", "faults"), Duration.ofSeconds(60));
        String id = answer.path("id").asText();
        accepted.add(id);
        return id;
    }

    /** Waits until every page is labelled and alerted at {@code target}, then checks exactly-once and webhook-id stability. */
    void assertEveryPageLabelledOnceAndAlerted(Collection<String> ids, WebhookReceiver target, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(watcher.articles().keySet()).as("labelled pages").containsAll(ids);
            assertThat(alertedIds(target)).as("alerted pages").containsAll(ids);
        });
        Map<String, Integer> copies = watcher.copies();
        List<String> duplicated = ids.stream().filter(id -> copies.getOrDefault(id, 0) != 1).toList();
        assertThat(duplicated).as("pages with other than one labelled record for a read_committed reader").isEmpty();
        Map<String, Set<String>> webhookIds = target.all().stream()
                .filter(d -> ids.contains(d.article().path("id").asText()))
                .collect(Collectors.groupingBy(d -> d.article().path("id").asText(),
                        Collectors.mapping(WebhookReceiver.Delivery::webhookId, Collectors.toSet())));
        assertThat(webhookIds.values()).as("a page delivered more than once is redelivered with the same webhook-id")
                .allMatch(set -> set.size() == 1);
        assertThat(target.all()).allMatch(WebhookReceiver.Delivery::signatureValid);
    }

    Set<String> alertedIds(WebhookReceiver target) {
        return target.all().stream().map(d -> d.article().path("id").asText()).collect(Collectors.toSet());
    }


    @Override
    public void close() {
        pusher.shutdownNow();
        watcher.close();
        stack.close();
        receiver.close();
    }
}

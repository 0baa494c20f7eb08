package dev.tumen.alert.kafka;

import dev.tumen.alert.AlertSettings;
import dev.tumen.alert.delivery.DeliveryAttempt;
import dev.tumen.alert.delivery.DeliveryLog;
import dev.tumen.alert.story.Story;
import dev.tumen.alert.story.StoryTable;
import dev.tumen.model.CloudEvents;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the service's Kafka side before HTTP takes traffic: creates missing topics, reads subscriptions, stories
 * and the recent delivery log, then starts the article and retry loops. Stops them in reverse on shutdown.
 */
@Context
@Requires(property = "tumen.alert.kafka.enabled", notEquals = "false")
public class AlertRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(AlertRuntime.class);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaClients clients;
    private final AlertTopics topics;
    private final AlertSettings settings;
    private final SubscriptionClient subscriptions;
    private final StoryTable stories;
    private final DeliveryLog deliveryLog;
    private final ArticleListener articleListener;
    private final RetryListener retryListener;
    private final List<AutoCloseable> running = new ArrayList<>();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "retry-timer");
        t.setDaemon(true);
        return t;
    });
    private RecordLoop articleLoop;
    private RecordLoop retryLoop;

    public AlertRuntime(KafkaClients clients, AlertTopics topics, AlertSettings settings, SubscriptionClient subscriptions,
                        StoryTable stories, DeliveryLog deliveryLog, ArticleListener articleListener, RetryListener retryListener) {
        this.clients = clients;
        this.topics = topics;
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.stories = stories;
        this.deliveryLog = deliveryLog;
        this.articleListener = articleListener;
        this.retryListener = retryListener;
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @PostConstruct
    void start() throws InterruptedException {
        long t0 = System.nanoTime();
        if (settings.createTopics()) {
            createTopics();
        }
        deliveryLog.capacity(settings.logSize());
        TableFollower subs = track(subscriptions.follow());
        TableFollower storyFollower = track(new TableFollower(topics.stories(), clients, Instant.now().minus(settings.storyWindow()),
                this::applyStory, "tumen-alert").start());
        TableFollower logFollower = track(new TableFollower(topics.deliveries(), clients, Instant.now().minus(settings.logLookback()),
                this::applyDelivery, "tumen-alert").start());
        subs.awaitLoaded(LOAD_TIMEOUT);
        storyFollower.awaitLoaded(LOAD_TIMEOUT);
        logFollower.awaitLoaded(LOAD_TIMEOUT);
        retryLoop = track(new RecordLoop("retries", clients, topics.retryTiers(settings.retryTiers()), true,
                r -> retryListener.handle(r, scheduler), 10_000, scheduler).drainTimeout(Duration.ofSeconds(2)).start());
        articleLoop = track(new RecordLoop("articles", clients, List.of(topics.articles()), true, articleListener::handle,
                2_000, scheduler).start());
        LOG.info("Alert runtime up in {} ms: articles from {}, {} retry tiers", (System.nanoTime() - t0) / 1_000_000,
                topics.articles(), settings.retryTiers());
    }

    /** Health details: each reader and loop and whether it still runs. */
    public Map<String, Boolean> loops() {
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        for (AutoCloseable c : running) {
            if (c instanceof RecordLoop l) {
                out.put(l.name(), l.alive());
            } else if (c instanceof TableFollower f) {
                out.put("follow " + f.topic(), f.alive());
            }
        }
        return out;
    }

    public boolean assigned() {
        return articleLoop != null && articleLoop.assigned() && retryLoop != null && retryLoop.assigned();
    }

    private <T extends AutoCloseable> T track(T closeable) {
        running.add(closeable);
        return closeable;
    }

    private void applyStory(ConsumerRecord<String, byte[]> r) {
        if (r.value() == null) {
            stories.remove(r.key());
            return;
        }
        Story story = Json.read(r.value(), Story.class);
        if (story.id() == null || story.firstSeen() == null) {
            throw new MalformedRecordException("Story without id or firstSeen");
        }
        stories.replicate(story);
    }

    private void applyDelivery(ConsumerRecord<String, byte[]> r) {
        String outcome = CloudEvents.header(r.headers(), AlertProducer.OUTCOME_HEADER);
        String at = CloudEvents.header(r.headers(), AlertProducer.AT_HEADER);
        String deliveryId = CloudEvents.header(r.headers(), "ce_subject");
        if (outcome != null && at != null && deliveryId != null && r.key() != null && r.value() != null) {
            try {
                deliveryLog.apply(r.key(), deliveryId, outcome, Instant.ofEpochMilli(Long.parseLong(at)), r.value());
                return;
            } catch (NumberFormatException e) {
                // not ours after all: parse the value below
            }
        }
        // Written without the headers (by an older version): parse it.
        DeliveryAttempt a = Json.read(r.value(), DeliveryAttempt.class);
        if (a.subscriptionId() == null || a.outcome() == null || a.deliveryId() == null) {
            throw new MalformedRecordException("DeliveryAttempt without subscriptionId, deliveryId or outcome");
        }
        deliveryLog.apply(a);
    }

    private void createTopics() {
        long week = Duration.ofDays(7).toMillis();
        long retryRetention = Math.max(week, 4 * settings.backoff().get(settings.backoff().size() - 1).toMillis());
        int p = settings.topicPartitions();
        List<NewTopic> wanted = new ArrayList<>();
        wanted.add(topic(topics.articles(), p, Map.of()));
        wanted.add(topic(topics.deadLetter(topics.articles()), 1, Map.of("retention.ms", Long.toString(4 * week))));
        wanted.add(topic(topics.subscriptions(), 1, Map.of("cleanup.policy", "compact")));
        wanted.add(topic(topics.deadLetter(topics.subscriptions()), 1, Map.of("retention.ms", Long.toString(4 * week))));
        wanted.add(topic(topics.alerts(), p, Map.of("retention.ms", Long.toString(4 * week))));
        wanted.add(topic(topics.deliveries(), p, Map.of("retention.ms", Long.toString(Math.max(week, settings.logLookback().toMillis())))));
        wanted.add(topic(topics.deliveriesDeadLetter(), 1, Map.of("retention.ms", Long.toString(4 * week))));
        // Stories only matter within the window; compaction keeps the newest state, deletion drops closed stories.
        wanted.add(topic(topics.stories(), p, Map.of("cleanup.policy", "compact,delete",
                "retention.ms", Long.toString(Math.max(Duration.ofHours(1).toMillis(), 2 * settings.storyWindow().toMillis())))));
        wanted.add(topic(topics.deadLetter(topics.stories()), 1, Map.of()));
        wanted.add(topic(topics.stream(), 1, Map.of("retention.ms", Long.toString(week))));
        for (String tier : topics.retryTiers(settings.retryTiers())) {
            wanted.add(topic(tier, p, Map.of("retention.ms", Long.toString(retryRetention))));
            wanted.add(topic(topics.deadLetter(tier), 1, Map.of()));
        }
        try (Admin admin = Admin.create(clients.adminConfig())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().forEach((name, f) -> {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e.getCause());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create topic " + name, e);
                }
            });
            LOG.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot list topics at " + clients.bootstrap(), e);
        }
    }

    private static NewTopic topic(String name, int partitions, Map<String, String> configs) {
        return new NewTopic(name, partitions, (short) -1).configs(new HashMap<>(configs));
    }

    @PreDestroy
    void stop() {
        // Loops first (they commit what is finished), then the timer whose pending retries simply stay uncommitted.
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", running.get(i), e.toString());
            }
        }
        scheduler.shutdownNow();
    }
}

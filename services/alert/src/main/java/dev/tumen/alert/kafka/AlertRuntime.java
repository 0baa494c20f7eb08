package dev.tumen.alert.kafka;

import dev.tumen.alert.AlertSettings;
import dev.tumen.alert.delivery.DeliveryAttempt;
import dev.tumen.alert.delivery.DeliveryEngine;
import dev.tumen.alert.delivery.DeliveryLog;
import dev.tumen.alert.delivery.RecordWork;
import dev.tumen.alert.story.Story;
import dev.tumen.alert.story.StoryTable;
import dev.tumen.common.kafka.TopicProvisioning;
import dev.tumen.kafka.FailurePolicy;
import dev.tumen.kafka.LoopMetrics;
import dev.tumen.kafka.RecordLoop;
import dev.tumen.kafka.TableReader;
import dev.tumen.model.AlertDelivered;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Topics;
import dev.tumen.model.text.OutsideText;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanLocator;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.EmbeddedApplication;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the service's Kafka side before HTTP takes traffic: creates missing topics, reads subscriptions, stories
 * and the recent delivery log, then starts the article and retry loops. Stops them in reverse on shutdown.
 *
 * <p>In two steps, so that creating the topics and reading the tables (admin round trips and fetches, mostly waiting
 * on the broker) overlap the rest of start-up instead of holding it up: the bean's construction hands both to a
 * background thread (topics first, then the table readers); the first {@link StartupEvent} listener (the context is
 * built, the HTTP server not yet listening) prepares the server, then waits for that thread and for every table, and
 * starts the loops. So, as before, the server binds only once the topics exist, the tables are read and the loops
 * run; a failure to create or find the topics still fails start-up, from that listener; and every other start-up
 * listener (such as {@code SecretMigration}) sees the tables read.
 */
@Context
@Requires(property = "tumen.alert.kafka.enabled", notEquals = "false")
public class AlertRuntime implements ApplicationEventListener<StartupEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(AlertRuntime.class);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaClients clients;
    private final TopicProvisioning provisioning;
    private final AlertTopics topics;
    private final AlertSettings settings;
    private final SubscriptionTopic subscriptions;
    private final StoryTable stories;
    private final DeliveryLog deliveryLog;
    private final ArticleHandler articleHandler;
    private final RetryHandler retryHandler;
    private final List<AutoCloseable> running = new ArrayList<>();
    private static final String SERVICE = "tumen-alert";
    private final AlertProducer producer;
    private final MeterRegistry meters;
    private final DeliveryEngine engine;
    private final FailurePolicy policy;
    private final Duration stallTimeout;
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "retry-timer");
        t.setDaemon(true);
        return t;
    });
    private final BeanLocator beans;
    private final List<TableReader> tables = new ArrayList<>();
    private volatile boolean stopping;
    private long startedAt;
    private long topicsMillis;
    private CompletableFuture<Void> tablesStarted;
    private volatile boolean started;
    private RecordLoop articleLoop;
    private RecordLoop retryLoop;

    public AlertRuntime(KafkaClients clients, TopicProvisioning provisioning, AlertTopics topics, AlertSettings settings, SubscriptionTopic subscriptions,
                        StoryTable stories, DeliveryLog deliveryLog, ArticleHandler articleHandler, RetryHandler retryHandler,
                        AlertProducer producer, MeterRegistry meters, DeliveryEngine engine, BeanLocator beans,
                        @Value("${tumen.alert.failure.max-attempts:5}") int maxAttempts,
                        @Value("${tumen.alert.failure.backoff:1s}") Duration backoff,
                        @Value("${tumen.alert.failure.on-failure:dead-letter}") String onFailure,
                        @Value("${tumen.alert.failure.stall-timeout:2m}") Duration stallTimeout) {
        this.producer = producer;
        this.meters = meters;
        this.engine = engine;
        this.policy = FailurePolicy.of(maxAttempts, backoff, onFailure);
        this.stallTimeout = stallTimeout;
        this.clients = clients;
        this.provisioning = provisioning;
        this.topics = topics;
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.stories = stories;
        this.deliveryLog = deliveryLog;
        this.articleHandler = articleHandler;
        this.retryHandler = retryHandler;
        this.beans = beans;
        scheduler.setRemoveOnCancelPolicy(true);
        subscriptions.measure(meters);
    }

    /**
     * Creates the topics and starts the table readers on a thread of their own; {@link #onApplicationEvent} waits for
     * them. The topic check alone took 0.3-0.4 s of the start-up thread (docs/operations.md#start-up-time).
     */
    @PostConstruct
    void start() {
        startedAt = System.nanoTime();
        deliveryLog.capacity(settings.logSize());
        deliveryLog.records(track(new LogRecords(() -> clients.lookupConsumer("log-read"), Duration.ofSeconds(10))));
        deliveryLog.maxBytes(settings.logBudgetMb() * 1024L * 1024L);
        tablesStarted = CompletableFuture.runAsync(this::startTables, r -> {
            Thread t = new Thread(r, "alert-runtime-start");
            t.setDaemon(true);
            t.start();
        });
    }

    private void startTables() {
        if (settings.createTopics()) {
            createTopics();
        }
        topicsMillis = (System.nanoTime() - startedAt) / 1_000_000;
        LoopMetrics tableMetrics = new LoopMetrics(meters, "tables");
        tables.add(track(subscriptions.follow(producer::send, tableMetrics)));
        tables.add(track(new TableReader(topics.stories(), () -> clients.followerConsumer("follow"),
                Instant.now().minus(settings.storyWindow()), this::applyStory, SERVICE, producer::send, tableMetrics).start()));
        tables.add(track(new TableReader(topics.deliveries(), () -> clients.backgroundConsumer("log"),
                Instant.now().minus(settings.logLookback()), this::applyDelivery, SERVICE, producer::send, tableMetrics).start()));
        // Delivered alerts are the log's success entries: one record per delivery instead of an audit plus a log line.
        tables.add(track(new TableReader(topics.alerts(), () -> clients.backgroundConsumer("log"),
                Instant.now().minus(settings.logLookback()), this::applyDelivered, SERVICE, producer::send, tableMetrics).start()));
    }

    /** Before any other start-up listener: the tables must be read before anything acts on them. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /**
     * Prepares the HTTP server (its routes, codecs and Netty classes, about as long on one core as reading the tables)
     * while the tables are read, then waits for them and starts the loops. The server starts listening only after this.
     */
    @Override
    public void onApplicationEvent(StartupEvent event) {
        beans.findBean(EmbeddedApplication.class);
        long waitFrom = System.nanoTime();
        try {
            tablesStarted.join();
        } catch (java.util.concurrent.CompletionException e) {
            // As if the topics had been created on this thread: start-up fails with the provisioner's own message.
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
        try {
            for (TableReader table : tables) {
                table.awaitLoaded(LOAD_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the tables at start-up", e);
        }
        long waited = (System.nanoTime() - waitFrom) / 1_000_000;
        startLoops();
        started = true;
        LOG.info("Alert runtime up in {} ms (topics checked in {} ms; {} ms waiting for the tables once the server was prepared): "
                + "articles from {}, {} retry tiers", (System.nanoTime() - startedAt) / 1_000_000, topicsMillis, waited,
                topics.articles(), settings.retryTiers());
    }

    private void startLoops() {
        retryLoop = track(new RecordLoop("retries", SERVICE, () -> clients.consumer(clients.groupId(), "retries", true),
                topics.retryTiers(settings.retryTiers()), r -> retryHandler.handle(r, scheduler), policy, producer::send,
                new LoopMetrics(meters, "retries"), 10_000, scheduler).drainTimeout(Duration.ofSeconds(2))
                .callOffWith(RecordWork::callOff).pauseWhen(engine::saturated).start());
        // Full subscriber queues pause the partitions: back-pressure, not a failure, so nothing goes to a retry tier.
        articleLoop = track(new RecordLoop("articles", SERVICE, () -> clients.consumer(clients.groupId(), "articles", true),
                List.of(topics.articles()), articleHandler::handle, policy, producer::send,
                new LoopMetrics(meters, "articles"), 2_000, scheduler).callOffWith(RecordWork::callOff)
                .pauseWhen(engine::saturated).start());
        for (RecordLoop loop : List.of(retryLoop, articleLoop)) {
            Gauge.builder("tumen.alert.paused.partitions", loop, RecordLoop::pausedPartitions).tag("loop", loop.name())
                    .description("partitions the loop has paused (full subscriber queues or too much unfinished work)").register(meters);
        }
    }

    /**
     * Health details: each reader and loop, and whether it is up (running, and not stalled with records waiting);
     * empty (down) until the tables are read and the loops started.
     */
    public Map<String, Boolean> loops() {
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        if (!started) {
            return out;
        }
        Instant now = Instant.now();
        for (AutoCloseable c : running) {
            if (c instanceof RecordLoop l) {
                out.put(l.name(), l.health().up(stallTimeout, now));
            } else if (c instanceof TableReader f) {
                out.put("follow " + f.topic(), f.health().up(stallTimeout, now));
            }
        }
        return out;
    }

    public boolean assigned() {
        return articleLoop != null && articleLoop.assigned() && retryLoop != null && retryLoop.assigned();
    }

    /** Keeps {@code closeable} for {@link #stop}, or closes it at once when the service is already stopping. */
    private <T extends AutoCloseable> T track(T closeable) {
        synchronized (running) {
            if (!stopping) {
                running.add(closeable);
                return closeable;
            }
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("Stopping {} failed: {}", closeable, e.toString());
        }
        return closeable;
    }

    private void applyStory(ConsumerRecord<String, byte[]> r) {
        TableKeys.requireStoryKey(r.key());
        if (r.value() == null) {
            stories.remove(r.key());
            return;
        }
        // Every write of this instance comes back here, and the book holds it already: putting it would change nothing,
        // so it is not parsed (a fifth of the table readers' time at 400 deliveries/s). Like the delivery log's and the
        // stream's, the record's own headers are trusted for this.
        long version = AlertProducer.storyVersion(r.headers());
        if (version >= 0 && stories.holds(r.key(), version)) {
            return;
        }
        Story story = Json.read(r.value(), Story.class);
        if (story.id() == null || story.firstSeen() == null) {
            throw new MalformedRecordException("Story without id or firstSeen");
        }
        if (!story.id().equals(r.key())) {
            throw new MalformedRecordException("story key '" + OutsideText.quote(r.key()) + "' differs from its id '" + OutsideText.quote(story.id()) + "'");
        }
        stories.replicate(story, java.time.Instant.now());
    }

    private void applyDelivery(ConsumerRecord<String, byte[]> r) {
        if (fileByHeaders(r, bytes -> Json.read(bytes, DeliveryAttempt.class))) {
            return;
        }
        // Written without the headers (by an older version): parse it.
        DeliveryAttempt a = Json.read(r.value(), DeliveryAttempt.class);
        if (a.subscriptionId() == null || a.outcome() == null || a.deliveryId() == null) {
            throw new MalformedRecordException("DeliveryAttempt without subscriptionId, deliveryId or outcome");
        }
        if (!TableKeys.isSubscriptionId(a.subscriptionId())) {
            throw new MalformedRecordException("DeliveryAttempt for '" + OutsideText.quote(a.subscriptionId()) + "', which is not a subscription id");
        }
        deliveryLog.apply(a);
    }

    /**
     * An audit record of a delivered alert. One without the log headers was written by a version that also logged
     * the success in the deliveries topic, where the log already has it.
     */
    private void applyDelivered(ConsumerRecord<String, byte[]> r) {
        if (fileByHeaders(r, bytes -> DeliveryAttempt.of(Json.read(bytes, AlertDelivered.class)))) {
            return;
        }
        // the alerts topic is a log of records, deleted by age: nothing of Tumen's writes a tombstone there, so one was
        // written by something else and is passed over no more without a trace (the third outside review)
        if (r.value() == null) {
            throw new MalformedRecordException("a tombstone on the alerts topic, which holds audit records, not a table");
        }
        // Without the headers it is either an older version's audit record (its success is in the deliveries log
        // already) or not an audit record at all, which must reach the dead-letter topic rather than vanish.
        AlertDelivered a = Json.read(r.value(), AlertDelivered.class);
        if (a.deliveryId() == null || a.subscriptionId() == null) {
            throw new MalformedRecordException("AlertDelivered without deliveryId or subscriptionId");
        }
    }

    /**
     * Files a log record by its headers, without parsing its value; false when it lacks them. The log readers do not
     * copy such a record's value ({@link LogValues}): one without a key cannot be filed, and goes to the dead-letter
     * topic without its value (this service writes every log record with its subscription as the key).
     */
    private boolean fileByHeaders(ConsumerRecord<String, byte[]> r, java.util.function.Function<byte[], DeliveryAttempt> parser) {
        LogValues.Mark mark = LogValues.Mark.of(r.headers());
        if (mark == null || r.key() == null || r.value() == null) {
            if (r.value() == LogValues.UNREAD) {
                throw new MalformedRecordException("a delivery log record without a key");
            }
            return false;
        }
        TableKeys.requireLogKey(r.key());
        deliveryLog.apply(r.key(), mark.deliveryId(), mark.outcome(), mark.at(), r.topic(), r.partition(), r.offset(), parser);
        return true;
    }

    /** The topics this service reads or writes, from the catalogue (the retry tiers its schedule needs). */
    private void createTopics() {
        Set<String> used = Set.of(Topics.ARTICLES, Topics.deadLetter(Topics.ARTICLES), Topics.SUBSCRIPTIONS,
                Topics.deadLetter(Topics.SUBSCRIPTIONS), Topics.ALERTS, Topics.DELIVERIES, Topics.deadLetter(Topics.DELIVERIES),
                Topics.STORIES, Topics.deadLetter(Topics.STORIES), Topics.STREAM,
                Topics.deadLetter(Topics.STREAM));
        List<Topics.Topic> wanted = Topics.all(settings.retryTiers()).stream()
                .filter(t -> used.contains(t.name()) || t.name().startsWith("tumen.deliveries.retry-"))
                .toList();
        provisioning.ensure(wanted, settings.topicPartitions(), Duration.ofSeconds(60));
    }

    @PreDestroy
    void stop() {
        // Loops first (they commit what is finished), then the timer whose pending retries simply stay uncommitted.
        // A reader the start-up thread starts after this is closed by track().
        List<AutoCloseable> toClose;
        synchronized (running) {
            stopping = true;
            toClose = new ArrayList<>(running);
        }
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", toClose.get(i), e.toString());
            }
        }
        scheduler.shutdownNow();
    }
}

package dev.tumen.devkit;

import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the labelled-articles topic as any downstream system would ({@code read_committed}), so the
 * demo and the end-to-end tests can say what happened to every page, alerted or not.
 */
public final class ArticleWatcher implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, ArticleLabelled> byId = new ConcurrentHashMap<>();
    /** page id -> the distinct {@code partition@offset}s of its labelled records. */
    private final Map<String, java.util.Set<String>> copies = new ConcurrentHashMap<>();
    /**
     * page id -> milliseconds from its record's timestamp (the classifier's send) to this reader's poll returning it: the
     * commit and a read_committed fetch, as any reader sees them, without the alert's own process in the way.
     */
    private final Map<String, Long> visibleAfter = new ConcurrentHashMap<>();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong rereads = new AtomicLong();
    private final AtomicLong lastArrival = new AtomicLong(System.currentTimeMillis());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    public ArticleWatcher(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "tumen-devkit-watcher-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        thread = new Thread(this::run, "article-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running.get()) {
                var polled = consumer.poll(Duration.ofMillis(200));
                long now = System.currentTimeMillis();
                for (var record : polled) {
                    lastArrival.set(now);
                    // A consumer reads an offset again after its position is reset (a rejoin, a broker restart);
                    // that is the same record, not a second label.
                    if (!copies.computeIfAbsent(record.key(), k -> ConcurrentHashMap.newKeySet())
                            .add(record.partition() + "@" + record.offset())) {
                        rereads.incrementAndGet();
                        continue;
                    }
                    records.incrementAndGet();
                    visibleAfter.putIfAbsent(record.key(), Math.max(0, now - record.timestamp()));
                    byId.put(record.key(), Json.read(record.value(), ArticleLabelled.class));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** Records this watcher was handed again at an offset it had already read. */
    public long rereads() {
        return rereads.get();
    }

    /** Distinct labelled records seen so far (a page labelled twice would count twice). */
    public long records() {
        return records.get();
    }

    /** How many labelled records each page id has (more than one would break exactly-once). */
    public Map<String, Integer> copies() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        copies.forEach((id, offsets) -> counts.put(id, offsets.size()));
        return counts;
    }

    public Map<String, ArticleLabelled> articles() {
        return Map.copyOf(byId);
    }

    /** Milliseconds from the page's labelled record's timestamp to this reader's poll returning it, or -1 when not seen. */
    public long visibleAfterMillis(String pageId) {
        return visibleAfter.getOrDefault(pageId, -1L);
    }

    public long lastArrivalMillis() {
        return lastArrival.get();
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.tumen.alert.kafka;

import dev.tumen.alert.stream.StreamEvent;
import dev.tumen.model.Json;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Reads the one-partition stream topic for one SSE client, from just after its {@code Last-Event-ID} (the offset of
 * the last event it saw) or from now. Offsets are the same on every instance, so a client can resume on any of them.
 */
@Singleton
public class StreamReader {
    private static final Logger LOG = LoggerFactory.getLogger(StreamReader.class);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final KafkaClients clients;
    private final AlertTopics topics;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sse-reader");
        t.setDaemon(true);
        return t;
    });

    /** An event for the client, or a keep-alive ({@code event == null}). */
    public record Item(long offset, StreamEvent event) {
    }

    public StreamReader(KafkaClients clients, AlertTopics topics) {
        this.clients = clients;
        this.topics = topics;
    }

    /** Events after {@code lastSeen} ({@code null}: from now) passing {@code filter}, forever. */
    public Flux<Item> read(Long lastSeen, Predicate<StreamEvent> filter) {
        // Kafka clients block and react badly to interrupts: keep them off the HTTP event loop.
        return Flux.create(sink -> threads.execute(() -> {
            KafkaConsumer<String, byte[]> consumer;
            try {
                consumer = clients.consumer(null, "sse", true);
            } catch (RuntimeException e) {
                sink.error(e);
                return;
            }
            TopicPartition tp = new TopicPartition(topics.stream(), 0);
            try {
                consumer.assign(List.of(tp));
                if (lastSeen == null) {
                    consumer.seekToEnd(List.of(tp));
                    // Resolve "the end" now, not at the first poll, so nothing published after the client connected is skipped.
                    consumer.position(tp);
                } else {
                    consumer.seek(tp, lastSeen + 1);
                }
            } catch (RuntimeException e) {
                consumer.close();
                sink.error(e);
                return;
            }
            sink.onDispose(consumer::wakeup);
            // A first comment sends the response headers: the client knows it is connected and positioned.
            sink.next(new Item(-1, null));
            pump(consumer, sink, filter);
        }), FluxSink.OverflowStrategy.BUFFER);
    }

    private void pump(KafkaConsumer<String, byte[]> consumer, FluxSink<Item> sink, Predicate<StreamEvent> filter) {
        long lastSent = System.nanoTime();
        try (consumer) {
            while (!sink.isCancelled()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    StreamEvent event;
                    try {
                        event = Json.read(r.value(), StreamEvent.class);
                    } catch (RuntimeException e) {
                        LOG.warn("Skipping unreadable stream record @{}: {}", r.offset(), e.getMessage());
                        continue;
                    }
                    if (event.article() != null && filter.test(event)) {
                        sink.next(new Item(r.offset(), event));
                        lastSent = System.nanoTime();
                    }
                }
                if (System.nanoTime() - lastSent > KEEP_ALIVE.toNanos()) {
                    sink.next(new Item(-1, null));
                    lastSent = System.nanoTime();
                }
            }
        } catch (WakeupException e) {
            // client went away
        } catch (RuntimeException e) {
            sink.error(e);
        }
    }

    @PreDestroy
    void close() {
        threads.shutdownNow();
    }
}

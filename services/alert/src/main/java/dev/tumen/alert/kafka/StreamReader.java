package dev.tumen.alert.kafka;

import dev.tumen.alert.stream.StreamEvent;
import dev.tumen.alert.stream.StreamHub;
import dev.tumen.kafka.LoopThread;
import dev.tumen.model.Json;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reader of the one-partition stream topic on this instance: it starts at the last
 * {@code replay-events} records (so resuming clients are served from memory) and hands every event to the
 * {@link StreamHub}, which fans it out to all SSE clients. One consumer and one thread, however many clients.
 */
@Context
@Requires(property = "tumen.alert.kafka.enabled", notEquals = "false")
public class StreamReader {
    private static final Logger LOG = LoggerFactory.getLogger(StreamReader.class);

    private final KafkaClients clients;
    private final AlertTopics topics;
    private final StreamHub hub;
    private final LoopThread thread;
    /** The next offset to hand to the hub; -1 until positioned. Only the reader's thread touches it. */
    private long next = -1;

    // AlertRuntime first: it creates the topics.
    public StreamReader(KafkaClients clients, AlertTopics topics, StreamHub hub, AlertRuntime runtime) {
        this.clients = clients;
        this.topics = topics;
        this.hub = hub;
        this.thread = new LoopThread("stream-reader", this::run, Duration.ofSeconds(5));
    }

    @PostConstruct
    void start() {
        thread.start();
    }

    private void run() {
        // The stream is best effort for dashboards: keep trying, clients stay connected meanwhile.
        thread.restarting(() -> clients.consumer(null, "stream", true), this::follow,
                e -> LOG.warn("Stream reader failed, reconnecting in 1 s: {}", e.toString()));
    }

    private void follow(KafkaConsumer<String, byte[]> c) {
        TopicPartition tp = new TopicPartition(topics.stream(), 0);
        c.assign(List.of(tp));
        if (next < 0) {
            long end = c.endOffsets(List.of(tp)).get(tp);
            long begin = c.beginningOffsets(List.of(tp)).get(tp);
            next = Math.max(begin, end - hub.settings().replayEvents());
            c.seek(tp, next);
            hub.positioned(next, end);
        } else {
            c.seek(tp, next);
        }
        while (thread.running()) {
            for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                next = r.offset() + 1;
                StreamEvent event;
                try {
                    event = Json.read(r.value(), StreamEvent.class);
                } catch (RuntimeException e) {
                    LOG.warn("Skipping unreadable stream record @{}: {}", r.offset(), e.getMessage());
                    hub.skip(r.offset());
                    continue;
                }
                hub.append(r.offset(), event);
            }
            OptionalLong lag = c.currentLag(tp);
            if (lag.isPresent()) {
                hub.logEnd(c.position(tp) + lag.getAsLong());
            }
            hub.tick();
        }
    }

    @PreDestroy
    void close() {
        thread.close();
    }
}

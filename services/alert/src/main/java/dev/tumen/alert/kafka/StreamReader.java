package dev.tumen.alert.kafka;

import dev.tumen.alert.stream.StreamEvent;
import dev.tumen.alert.stream.StreamHub;
import dev.tumen.kafka.LoopMetrics;
import dev.tumen.kafka.TableReader;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reader of the one-partition stream topic on this instance, on the shared {@link TableReader} (it waits for
 * the topic, rebuilds its consumer after a failure and reads on from where it was, reports its health, closes like
 * the others): it starts at the last {@code replay-events} records (so resuming clients are served from memory) and
 * hands every event to the {@link StreamHub}, which fans it out to all SSE clients. One consumer and one thread,
 * however many clients. A record that is not a stream event is skipped by policy and counted
 * ({@code tumen.kafka.records.skipped{loop=stream}}): the stream is derived from the articles, which stay in their
 * own topic, so there is nothing to dead-letter that is not kept elsewhere.
 */
@Context
@Requires(property = "tumen.alert.kafka.enabled", notEquals = "false")
public class StreamReader {
    private static final Logger LOG = LoggerFactory.getLogger(StreamReader.class);

    private final StreamHub hub;
    private final LoopMetrics metrics;
    private final TableReader reader;

    // AlertRuntime first: it creates the topics.
    public StreamReader(KafkaClients clients, AlertTopics topics, StreamHub hub, AlertRuntime runtime, AlertProducer producer,
                        MeterRegistry meters) {
        this.hub = hub;
        this.metrics = new LoopMetrics(meters, "stream");
        this.reader = new TableReader(topics.stream(), () -> clients.consumer(null, "stream", true), null, this::take, "tumen-alert",
                producer::send, metrics)
                .fromLast(hub.settings().replayEvents(), (partition, from, end) -> hub.positioned(from, end))
                .afterEachPoll(() -> {
                    long end = reader().endOffset(0);
                    if (end >= 0) {
                        hub.logEnd(end);
                    }
                    hub.tick();
                });
    }

    private TableReader reader() {
        return reader;
    }

    private void take(ConsumerRecord<String, byte[]> r) {
        StreamEvent event;
        try {
            event = Json.read(r.value(), StreamEvent.class);
        } catch (MalformedRecordException e) {
            LOG.warn("Skipping unreadable stream record @{}: {}", r.offset(), e.getMessage());
            metrics.skipped();
            hub.skip(r.offset());
            return;
        }
        hub.append(r.offset(), event);
    }

    @PostConstruct
    void start() {
        reader.start();
    }

    @PreDestroy
    void close() {
        reader.close();
    }
}

package dev.tumen.alert.kafka;

import dev.tumen.alert.stream.StreamEvent;
import dev.tumen.alert.stream.StreamHub;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.LoopMetrics;
import dev.tumen.kafka.TableReader;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The one reader of the one-partition stream topic on this instance, on the shared {@link TableReader} (it waits for
 * the topic, rebuilds its consumer after a failure and reads on from where it was, reports its health, closes like
 * the others): it starts at the last {@code replay-events} records (so resuming clients are served from memory) and
 * hands every event to the {@link StreamHub}, which fans it out to all SSE clients. One consumer and one thread,
 * however many clients. A record that is not a stream event is passed over (resumption may pass it) and goes to
 * {@code tumen.stream.v1.dlt} with the reason, as any table record the service cannot apply
 * ({@code tumen.kafka.dead.letters{loop=stream}}): every record on the stream is either served or dead-lettered.
 */
@Context
@Requires(property = "tumen.alert.kafka.enabled", notEquals = "false")
public class StreamReader {
    private static final String STREAM_TYPE = Topics.STREAM_TOPIC.ceType();
    private final StreamHub hub;
    private final TableReader reader;

    // AlertRuntime first: it creates the topics.
    public StreamReader(KafkaClients clients, AlertTopics topics, StreamHub hub, AlertRuntime runtime, AlertProducer producer,
                        MeterRegistry meters) {
        this.hub = hub;
        this.reader = new TableReader(topics.stream(), () -> clients.followerConsumer("stream"), null, this::take, "tumen-alert",
                producer::send, new LoopMetrics(meters, "stream"))
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
        if (r.value() != null && STREAM_TYPE.equals(CloudEvents.header(r.headers(), CloudEvents.TYPE))
                && AlertProducer.SOURCE.equals(CloudEvents.header(r.headers(), CloudEvents.SOURCE))) {
            // Written by an alert instance (AlertProducer), so an event with its article: parsed only when a client
            // needs it. Like the delivery log's headers, the record's own headers are trusted for this.
            hub.appendOwn(r.offset(), r.value());
            return;
        }
        try {
            StreamEvent event = Json.read(r.value(), StreamEvent.class);
            if (event.article() == null) {
                throw new MalformedRecordException("a stream event without its article");
            }
            hub.append(r.offset(), event, r.value());
        } catch (MalformedRecordException e) {
            // Resumption may pass it; the reader dead-letters it with the reason.
            hub.skip(r.offset());
            throw e;
        }
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

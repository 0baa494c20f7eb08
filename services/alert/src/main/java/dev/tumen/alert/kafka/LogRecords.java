package dev.tumen.alert.kafka;

import dev.tumen.alert.delivery.DeliveryLog;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads delivery-log records back by position for {@link DeliveryLog}, which keeps where each entry's record is
 * rather than the record. Only the HTTP log and manual replays read entries, so one consumer, made on the first read
 * and used by one caller at a time, is enough.
 */
final class LogRecords implements DeliveryLog.Records, AutoCloseable {
    private final Supplier<KafkaConsumer<String, byte[]>> consumers;
    private final Duration timeout;
    private KafkaConsumer<String, byte[]> consumer;
    private boolean closed;

    LogRecords(Supplier<KafkaConsumer<String, byte[]>> consumers, Duration timeout) {
        this.consumers = consumers;
        this.timeout = timeout;
    }

    @Override
    public synchronized byte[] read(String topic, int partition, long offset) {
        if (closed) {
            throw new IllegalStateException("the delivery log's reader is closed");
        }
        if (consumer == null) {
            consumer = consumers.get();
        }
        TopicPartition tp = new TopicPartition(topic, partition);
        consumer.assign(List.of(tp));
        consumer.seek(tp, offset);
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100)).records(tp)) {
                if (r.offset() == offset) {
                    return r.value();
                }
                if (r.offset() > offset) {
                    return null;
                }
            }
            // Past it without seeing it: deleted by retention (the consumer reset to the earliest offset) or not a
            // record the reader may see.
            if (consumer.position(tp) > offset) {
                return null;
            }
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("no answer reading " + tp + " at " + offset + " within " + timeout.toMillis() + " ms");
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(2));
            consumer = null;
        }
    }
}

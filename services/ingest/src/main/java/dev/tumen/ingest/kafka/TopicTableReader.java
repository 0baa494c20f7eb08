package dev.tumen.ingest.kafka;

import dev.tumen.kafka.DeadLetters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a compacted topic as a table: every partition from the beginning, then keeps tailing it, in every
 * instance (no consumer group: each instance needs all of it). Signals once when it has caught up with the
 * end offsets seen at start. A record the handler cannot take goes to {@code <topic>.dlt} with the reason
 * and reading goes on: one bad record must not stop ingest from starting.
 */
public class TopicTableReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TopicTableReader.class);
    private static final String SERVICE = "tumen-ingest";

    /** Takes one record; {@code value == null} is a tombstone. Throws for a record it cannot take. */
    @FunctionalInterface
    public interface Handler {
        void accept(String key, byte[] value);
    }

    private final String topic;
    private final Properties props;
    private final Producer<String, byte[]> deadLetters;
    private final Handler handler;
    private final Runnable onLoaded;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    public TopicTableReader(String topic, java.util.Map<String, Object> shared, Producer<String, byte[]> deadLetters, Handler handler, Runnable onLoaded) {
        this.topic = topic;
        this.deadLetters = deadLetters;
        this.handler = handler;
        this.onLoaded = onLoaded;
        this.props = new Properties();
        props.putAll(shared);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Never let a reader create the topic: it would be created without compaction.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // Table records are small and we want the whole table quickly at start-up.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "tumen-ingest-table-" + topic);
        this.thread = new Thread(this::run, "table-reader-" + topic);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = c;
            List<TopicPartition> partitions = awaitPartitions(c);
            if (partitions == null) {
                return;
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            boolean loaded = false;
            long count = 0;
            while (running) {
                for (ConsumerRecord<String, byte[]> record : c.poll(Duration.ofMillis(500))) {
                    count++;
                    take(record);
                }
                if (!loaded && end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                    loaded = true;
                    LOG.info("read {} records of {} at start-up", count, topic);
                    onLoaded.run();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("table reader of {} woken up unexpectedly", topic, e);
            }
        } catch (RuntimeException e) {
            LOG.error("table reader of {} stopped", topic, e);
        }
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.key() == null) {
                throw new IllegalArgumentException("record without a key");
            }
            handler.accept(record.key(), record.value());
        } catch (RuntimeException e) {
            LOG.warn("{}-{}@{} is malformed, sending it to the dead-letter topic: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            deadLetters.send(DeadLetters.of(record, e, SERVICE), (m, error) -> {
                if (error != null) {
                    LOG.error("cannot dead-letter {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), error.toString());
                }
            });
        }
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> c) {
        boolean warned = false;
        while (running) {
            List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
            if (!warned) {
                LOG.warn("topic {} does not exist yet; waiting for it (ProvisionTopics or tumen.ingest.create-topics creates it)", topic);
                warned = true;
            }
            for (int i = 0; i < 10 && running; i++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        // No interrupt: an interrupted KafkaConsumer fails to close cleanly; wakeup() ends a poll, and the
        // topic wait below checks the flag.
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

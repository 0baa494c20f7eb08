package dev.tumen.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Size discipline: every record is checked against the largest record Kafka will take for its topic before it is
 * sent: the smaller of the producer's {@code max.request.size} and the topic's {@code max.message.bytes} (the
 * broker's {@code message.max.bytes} unless the topic overrides it), see {@link Limits}. A transactional producer
 * that is handed a record too large fails the whole transaction; rewound and re-read, the same record fails it
 * again, forever. Checked first, such a record is dead-lettered (or refused at the edge) with the reason instead.
 *
 * <p>The size checked is the uncompressed size: the broker compares the compressed batch, so a record under the
 * limit always fits, and one over it might have fitted compressed. Refusing that one is the price of knowing
 * before sending.
 */
public final class RecordSizes {
    private static final Logger LOG = LoggerFactory.getLogger(RecordSizes.class);
    /** Record batch header (61 bytes) and one record's framing, rounded up. */
    private static final int OVERHEAD = 128;
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;

    private RecordSizes() {
    }

    /** The producer's {@code max.request.size} in {@code config}, or Kafka's default (1 MiB). */
    public static int maxRequestSize(Map<String, Object> config) {
        Object v = config.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        return v == null ? DEFAULT_MAX_REQUEST_SIZE : Integer.parseInt(v.toString().trim());
    }

    /** An upper bound of the serialized size of {@code record} (uncompressed, as the producer checks it). */
    public static int upperBound(ProducerRecord<String, byte[]> record) {
        long size = OVERHEAD;
        if (record.key() != null) {
            size += record.key().getBytes(StandardCharsets.UTF_8).length;
        }
        if (record.value() != null) {
            size += record.value().length;
        }
        for (Header h : record.headers()) {
            size += h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length) + 10;
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    /** Thrown for a record that can never be written: it is dead-lettered at once, never retried. */
    public static final class TooLarge extends RuntimeException {
        private final int size;
        private final int limit;

        public TooLarge(String topic, int size, int limit) {
            super("record-too-large: a record for " + topic + " would be " + size + " bytes, more than the " + limit
                    + " bytes Kafka accepts for it (the smaller of max.request.size and the topic's max.message.bytes); it can"
                    + " never be written");
            this.size = size;
            this.limit = limit;
        }

        public int size() {
            return size;
        }

        public int limit() {
            return limit;
        }
    }

    /** Throws {@link TooLarge} when {@code record} exceeds {@code limit}. */
    public static void check(ProducerRecord<String, byte[]> record, int limit) {
        int size = upperBound(record);
        if (size > limit) {
            throw new TooLarge(record.topic(), size, limit);
        }
    }

    /** {@code topic}'s {@code max.message.bytes} as the cluster reports it (its override or the broker default). */
    public static OptionalInt topicLimit(Admin admin, String topic, Duration timeout) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        var config = admin.describeConfigs(List.of(resource)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(resource);
        var entry = config == null ? null : config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
        return entry == null || entry.value() == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(entry.value().trim()));
    }

    /**
     * The effective limit per topic for one producer: its {@code max.request.size}, lowered to each topic's
     * {@code max.message.bytes} once the cluster has said what that is. The lookup happens on first use of a topic;
     * while the cluster cannot answer, the producer's limit applies and the lookup is tried again a little later.
     */
    public static final class Limits {
        private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(30);
        private final Map<String, Object> adminConfig;
        private final int producerMax;
        private final Map<String, Integer> byTopic = new ConcurrentHashMap<>();
        private volatile long nextLookup;
        private final Map<String, Object> lookups = new ConcurrentHashMap<>();

        /**
         * @param producerConfig the producer's settings (bootstrap, security, {@code max.request.size})
         */
        public Limits(Map<String, Object> producerConfig) {
            this.producerMax = maxRequestSize(producerConfig);
            Map<String, Object> admin = ClientConfigs.admin(producerConfig);
            admin.remove(AdminClientConfig.CLIENT_ID_CONFIG);
            this.adminConfig = admin;
        }

        /** A fixed limit, for tests and for producers that write only where the topic limit is known to be larger. */
        public static Limits fixed(int limit) {
            return new Limits(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, limit));
        }

        public int producerMax() {
            return producerMax;
        }

        /** The largest record that can be written to {@code topic}. */
        public int of(String topic) {
            Integer known = byTopic.get(topic);
            if (known != null) {
                return known;
            }
            if (adminConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) == null || System.nanoTime() < nextLookup) {
                return producerMax;
            }
            // One lookup per topic at a time, the others waiting for its answer: the alert's first deliveries settle on
            // dozens of HTTP threads at once, and each made its own admin client (thread, metrics, JMX beans, metadata
            // round trip) for the same topic, 32 of them in one failing-receivers run.
            synchronized (lookups.computeIfAbsent(topic, t -> new Object())) {
                Integer again = byTopic.get(topic);
                if (again != null) {
                    return again;
                }
                return System.nanoTime() < nextLookup ? producerMax : lookup(topic);
            }
        }

        private int lookup(String topic) {
            Map<String, Object> config = new java.util.HashMap<>(adminConfig);
            config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
            try (Admin admin = Admin.create(config)) {
                OptionalInt topicMax = topicLimit(admin, topic, Duration.ofSeconds(5));
                int limit = topicMax.isPresent() ? Math.min(producerMax, topicMax.getAsInt()) : producerMax;
                byTopic.put(topic, limit);
                return limit;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                nextLookup = System.nanoTime() + RETRY_NANOS;
                LOG.warn("cannot read max.message.bytes of {} ({}); checking records against max.request.size {} meanwhile", topic,
                        e.toString(), producerMax);
                return producerMax;
            }
        }

        /** Throws {@link TooLarge} when {@code record} cannot be written to its topic. */
        public void check(ProducerRecord<String, byte[]> record) {
            RecordSizes.check(record, of(record.topic()));
        }
    }
}

package dev.tumen.alert.kafka;

import dev.tumen.common.kafka.TopicNames;
import dev.tumen.kafka.ClientConfigs;
import dev.tumen.kafka.RecordSizes;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import dev.tumen.kafka.DetachedBytes;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Builds the service's Kafka clients. The loops here need manual control over polling, pausing and committing
 * (a record is committed only once its deliveries are durable), which annotation-driven listeners do not give.
 */
@Singleton
public class KafkaClients {
    private final String bootstrap;
    private final String applicationName;
    private final String groupId;
    private final Properties shared;
    private final RecordSizes.Limits limits;
    private volatile KafkaProducer<String, byte[]> producer;

    public KafkaClients(@Value("${kafka.bootstrap.servers}") String bootstrap,
                        @Value("${micronaut.application.name}") String applicationName,
                        KafkaDefaultConfiguration kafka, TopicNames topics) {
        this.bootstrap = bootstrap;
        this.applicationName = applicationName;
        // The same prefix as the topics: two deployments sharing a cluster must not share a consumer group.
        this.groupId = topics.prefix() + applicationName;
        // Every kafka.* setting (security.protocol, sasl.*, ssl.*, …) applies here as in micronaut-kafka's own clients.
        this.shared = kafka.getConfig();
        this.limits = new RecordSizes.Limits(base(ClientConfigs.producer(shared)));
    }

    private Map<String, Object> base(Map<String, Object> filtered) {
        Map<String, Object> p = new HashMap<>(filtered);
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return p;
    }

    /**
     * The largest record each topic takes, the smaller of the producer's {@code max.request.size} and the topic's
     * {@code max.message.bytes} as the cluster reports it: every record is checked against it before it is sent.
     */
    public RecordSizes.Limits recordLimits() {
        return limits;
    }

    public String bootstrap() {
        return bootstrap;
    }

    public String groupId() {
        return groupId;
    }

    /** The one shared producer (thread-safe); every write of the service waits for {@code acks=all}. */
    public synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> p = base(ClientConfigs.producer(shared));
            p.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-" + UUID.randomUUID().toString().substring(0, 6));
            // A retry, a delivery log line or a subscription must never be lost or duplicated by a broker hiccup.
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            // Fan-out writes many small records at once; a 2 ms wait batches them without hurting alert latency
            // (the webhook is sent before, not after, these writes).
            p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            // Fail a write within 30 s instead of the 2 min default, so the caller's own retry takes over sooner.
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 20_000);
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /**
     * A consumer; {@code groupId == null} means an assigned (group-less) reader that every instance runs for itself.
     */
    public KafkaConsumer<String, byte[]> consumer(String groupId, String clientSuffix, boolean readCommitted) {
        return consumer(groupId, clientSuffix, readCommitted, false);
    }

    /**
     * A reader nothing waits on (the delivery log): it may see records up to {@code fetch.max.wait} late, in return
     * for asking the broker far less often. Every delivery is written to the log and read back by every instance, one
     * fetch per producer batch with {@code fetch.min.bytes} at 1 (about a hundred a second at 200 deliveries/s). Values
     * of records the log files by their headers are not copied ({@link LogValues}).
     */
    public KafkaConsumer<String, byte[]> backgroundConsumer(String clientSuffix) {
        return new KafkaConsumer<>(consumerConfig(null, clientSuffix, true, true), new StringDeserializer(), new LogValues());
    }

    /**
     * A reader of a table this instance writes itself at every article (the stories, the live stream): the broker holds
     * the fetch until 64 KB are waiting or {@value #FOLLOWER_WAIT_MS} ms have passed. With {@code fetch.min.bytes} at 1
     * each reader was woken for every batch the producer wrote, one fetch per article or so, and a fetch's round costs
     * the client far more than the record's own handling (about 280 us each for the two at 40 articles/s). What it costs
     * instead: another instance learns of a story change, and a stream client gets an event, up to that much later.
     */
    public KafkaConsumer<String, byte[]> followerConsumer(String clientSuffix) {
        Map<String, Object> p = consumerConfig(null, clientSuffix, true, false);
        p.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FOLLOWER_WAIT_MS);
        return new KafkaConsumer<>(p, new StringDeserializer(), new DetachedBytes());
    }

    static final int FOLLOWER_WAIT_MS = 100;

    /**
     * A group-less consumer that reads single records by position (the delivery log's entries): a fetch returns the
     * batch holding the record and little more, not the default megabyte behind it.
     */
    public KafkaConsumer<String, byte[]> lookupConsumer(String clientSuffix) {
        Map<String, Object> p = consumerConfig(null, clientSuffix, true, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 * 1024);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        return new KafkaConsumer<>(p, new StringDeserializer(), new DetachedBytes());
    }

    private KafkaConsumer<String, byte[]> consumer(String groupId, String clientSuffix, boolean readCommitted, boolean background) {
        return new KafkaConsumer<>(consumerConfig(groupId, clientSuffix, readCommitted, background), new StringDeserializer(),
                new DetachedBytes());
    }

    private Map<String, Object> consumerConfig(String groupId, String clientSuffix, boolean readCommitted, boolean background) {
        Map<String, Object> p = base(ClientConfigs.consumer(shared));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-" + clientSuffix + "-" + UUID.randomUUID().toString().substring(0, 6));
        if (groupId != null) {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        // Offsets are committed by the loops, only past records whose work is durable.
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group must not skip anything: an article produced before the first start still alerts.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Labelled articles are written in transactions; aborted ones must never alert.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, readCommitted ? "read_committed" : "read_uncommitted");
        // The broker answers a fetch as soon as one record arrives (fetch.min.bytes = 1), so this wait only bounds
        // how often an idle consumer asks again: 100 ms made the six readers cost several % CPU doing nothing.
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500);
        if (background) {
            // The broker holds the fetch until 64 KB are waiting or the 500 ms above have passed: a few fetches a second
            // under load instead of one per batch written. Nothing on a delivery's path reads the log; the HTTP log and
            // a replay see an entry at most half a second later, the automatic pause (days) does not notice.
            p.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
        }
        return p;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }
}

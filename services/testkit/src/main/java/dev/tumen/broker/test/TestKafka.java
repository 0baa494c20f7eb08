package dev.tumen.broker.test;

import dev.tumen.broker.EmbeddedKafka;
import dev.tumen.kafka.TopicProvisioner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one Kafka broker all {@code *IT} tests of a JVM share, plus small helpers to produce and read
 * records. Testcontainers' Kafka when a Docker engine answers, else the in-process {@link EmbeddedKafka}.
 * {@code TUMEN_TEST_KAFKA=embedded|docker|auto} (default auto) forces a choice.
 *
 * <p>Tests isolate themselves with a random topic prefix ({@link #uniquePrefix()}) and random group ids
 * instead of one broker each, which would cost seconds per class.
 */
public final class TestKafka {
    private static final Logger LOG = LoggerFactory.getLogger(TestKafka.class);
    private static final String DOCKER_IMAGE = "apache/kafka:4.1.0";
    private static volatile String bootstrap;
    private static EmbeddedKafka embedded;
    private static KafkaContainer container;

    private TestKafka() {
    }

    /** Bootstrap servers of the shared broker, starting it on first use. */
    public static synchronized String bootstrapServers() {
        if (bootstrap == null) {
            start();
        }
        return bootstrap;
    }

    private static void start() {
        String mode = System.getenv().getOrDefault("TUMEN_TEST_KAFKA", "auto");
        boolean docker = switch (mode) {
            case "docker" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        if (docker) {
            container = new KafkaContainer(DOCKER_IMAGE)
                    .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                    .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                    .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1");
            container.start();
            bootstrap = container.getBootstrapServers();
            LOG.info("Test Kafka: Testcontainers {} at {}", DOCKER_IMAGE, bootstrap);
        } else {
            embedded = EmbeddedKafka.startTemporary();
            bootstrap = embedded.bootstrapServers();
            LOG.info("Test Kafka: in-process KRaft broker at {}", bootstrap);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestKafka::stop, "test-kafka-stop"));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static synchronized void stop() {
        if (embedded != null) {
            embedded.close();
        }
        if (container != null) {
            container.stop();
        }
    }

    /** A fresh topic prefix such as {@code t3f9a1c.}: tests never see each other's records. */
    public static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
    }

    public static String uniqueGroup(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates the given topics with {@code partitions} partitions each (existing ones are left as they are). */
    public static void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            List<NewTopic> newTopics = topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList();
            try {
                admin.createTopics(newTopics).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topics " + topics, e.getCause());
                }
            }
            awaitLeaders(admin, topics);
        } catch (Exception e) {
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException("cannot create topics " + topics, e);
        }
    }

    /** Waits until the broker serves every partition of {@code topics} (see {@link TopicProvisioner#awaitServed}). */
    public static void awaitLeaders(Admin admin, Collection<String> topics) throws Exception {
        TopicProvisioner.awaitServed(admin, topics, Duration.ofSeconds(30));
    }

    /** An idempotent producer of raw bytes; close it after use. */
    public static KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** A consumer in a fresh group reading from the earliest offset; {@code readCommitted} hides aborted transactions. */
    public static KafkaConsumer<String, byte[]> consumer(boolean readCommitted) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, uniqueGroup("test-reader"));
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, readCommitted ? "read_committed" : "read_uncommitted");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Reads {@code topic} from the start until at least {@code atLeast} records arrived and then no more
     * for {@code quiet}, or until {@code timeout}. Returns what it read.
     */
    public static List<ConsumerRecord<String, byte[]>> read(String topic, int atLeast, Duration quiet, Duration timeout,
                                                           boolean readCommitted) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(readCommitted)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long lastArrival = System.nanoTime();
            while (System.nanoTime() < deadline) {
                var batch = consumer.poll(Duration.ofMillis(200));
                batch.forEach(records::add);
                if (!batch.isEmpty()) {
                    lastArrival = System.nanoTime();
                } else if (records.size() >= atLeast && System.nanoTime() - lastArrival > quiet.toNanos()) {
                    break;
                }
            }
        }
        return records;
    }
}

package dev.tumen.testkit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
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
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * The one Kafka broker all {@code *IT} tests of a JVM share, plus small helpers to produce and read
 * records. Testcontainers' Kafka when a Docker engine answers and its images are here (or pullable), else the
 * in-process {@link EmbeddedKafka}. {@code TUMEN_TEST_KAFKA=embedded|docker|auto} (default auto) forces a choice;
 * {@code docker} fails at once, with the reason, where Testcontainers cannot start.
 *
 * <p>Tests isolate themselves with a random topic prefix ({@link #uniquePrefix()}) and random group ids
 * instead of one broker each, which would cost seconds per class.
 */
public final class TestKafka {
    private static final Logger LOG = LoggerFactory.getLogger(TestKafka.class);
    private static final String DOCKER_IMAGE = "apache/kafka:4.1.0";
    private static final Duration PULL = Duration.ofSeconds(60);
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
            case "docker" -> {
                String why = dockerUnusable();
                if (why != null) {
                    throw new IllegalStateException("TUMEN_TEST_KAFKA=docker, but " + why);
                }
                yield true;
            }
            case "embedded" -> false;
            default -> {
                String why = dockerUnusable();
                if (why != null) {
                    LOG.info("Test Kafka: not Testcontainers ({}), the in-process broker instead", why);
                }
                yield why == null;
            }
        };
        if (docker) {
            container = new KafkaContainer(DOCKER_IMAGE)
                    .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                    .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                    .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                    // The 60 s default failed six alert IT classes at load 30-56 (session 49: the broker took 54-58 s
                    // to log RUNNING there, 8 s at load 7); a slow start is not a failure of the code under test.
                    .withStartupTimeout(java.time.Duration.ofMinutes(3));
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

    /**
     * Null when Testcontainers' Kafka can start here, else why not. An engine without a registry would otherwise
     * make the container start wait on pulls (Kafka's image, and Ryuk's unless TESTCONTAINERS_RYUK_DISABLED=true)
     * until Testcontainers' own timeouts: images must be present, or pullable within {@link #PULL}.
     */
    private static String dockerUnusable() {
        DockerClient client;
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return "no Docker engine answers";
            }
            client = DockerClientFactory.instance().client();
        } catch (Throwable e) {
            return "no Docker engine answers (" + e.getMessage() + ")";
        }
        List<String> images = new ArrayList<>(List.of(DOCKER_IMAGE));
        if (!Boolean.parseBoolean(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
            images.add(TestcontainersConfiguration.getInstance().getRyukImage());
        }
        for (String image : images) {
            if (!present(client, image)) {
                return "image " + image + " is neither here nor pullable within " + PULL.toSeconds() + " s (without a registry:"
                        + " ../shared/tools/make-base-images.sh, and TESTCONTAINERS_RYUK_DISABLED=true for Ryuk)";
            }
        }
        return null;
    }

    private static boolean present(DockerClient client, String image) {
        try {
            client.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException absent) {
            LOG.info("Test Kafka: pulling {}", image);
            try {
                return client.pullImageCmd(image).start().awaitCompletion(PULL.toSeconds(), TimeUnit.SECONDS)
                        && client.inspectImageCmd(image).exec() != null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (RuntimeException e) {
                return false;
            }
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

    /**
     * How long a consumer group may take to settle after a member joins or leaves, by the settings that bound it: the
     * broker's {@code group.initial.rebalance.delay.ms} before a new group's first assignment, a heartbeat interval
     * before each member learns of the rebalance, and at worst a member's {@code session.timeout.ms} before the
     * coordinator gives up on one that does not rejoin (the consumers' defaults: Tumen's services set neither). Twice
     * that: a loaded machine delays each step. Waits end as soon as their condition holds; this only says when to
     * stop waiting.
     */
    public static Duration groupSettleTimeout() {
        Map<String, Object> consumer = ConsumerConfig.configDef().defaultValues();
        long session = ((Number) consumer.get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG)).longValue();
        long heartbeat = ((Number) consumer.get(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG)).longValue();
        long initialDelay = 3_000;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            String node = String.valueOf(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).iterator().next().id());
            org.apache.kafka.common.config.ConfigResource broker =
                    new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.BROKER, node);
            var entry = admin.describeConfigs(List.of(broker)).all().get(30, TimeUnit.SECONDS).get(broker)
                    .get("group.initial.rebalance.delay.ms");
            if (entry != null && entry.value() != null) {
                initialDelay = Long.parseLong(entry.value());
            }
        } catch (Exception e) {
            LOG.info("Test Kafka: broker settings unread ({}); the rebalance delay taken as Kafka's default", e.toString());
        }
        return Duration.ofMillis(2 * (initialDelay + heartbeat + session));
    }

    /**
     * Waits until {@code group} is stable with {@code members} members, each holding partitions: the point after which
     * no rebalance moves work between them (unless one fails). A test that starts a second instance of a service and
     * produces at once raced the rebalance: records read before it and again after it by their new owner (at least
     * once), or not read until it ended, which on a loaded machine took longer than the test waited.
     */
    public static void awaitGroupStable(String group, int members) {
        Duration timeout = groupSettleTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "not described yet";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (System.nanoTime() < deadline) {
                try {
                    var d = admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group);
                    if (d.groupState() == org.apache.kafka.common.GroupState.STABLE && d.members().size() == members
                            && d.members().stream().noneMatch(m -> m.assignment().topicPartitions().isEmpty())) {
                        return;
                    }
                    last = d.groupState() + " with " + d.members().size() + " members";
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    // A loaded broker's answer can time out while the group settles: asked again.
                    last = e.toString();
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("group " + group + " not stable with " + members + " members within " + timeout + ": " + last);
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
        // Every dead letter a test reads keeps the rule on texts quoting outside input, whoever wrote it (session 51).
        if (topic.endsWith(dev.tumen.model.Topics.DLT_SUFFIX)) {
            OutsideTexts.requireDeadLettersKeepTheRule(topic, records);
        }
        return records;
    }
}

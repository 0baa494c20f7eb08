package dev.tumen.kafka;

import dev.tumen.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one topic creator, driven by the {@link Topics} catalogue: creates each missing topic with its partitions,
 * cleanup policy and retention, leaves existing ones alone (so it is idempotent and safe to run from every
 * instance, compose's {@code kafka-init} and the quick start alike), and waits until the broker serves every
 * partition before returning.
 */
public final class TopicProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Map<String, Object> adminConfig;
    private final String prefix;
    private final Optional<Short> replicationFactor;
    private final int partitionsOverride;

    /**
     * @param adminConfig        admin-client settings (bootstrap servers, security)
     * @param prefix             the deployment's topic prefix ({@code TUMEN_TOPIC_PREFIX}), empty for none
     * @param replicationFactor  replicas per partition; empty = the cluster's {@code default.replication.factor}
     * @param partitionsOverride partitions for the catalogue's multi-partition topics (benchmarks, tests), or 0 for
     *                           the catalogue's counts; single-partition topics keep one (their order matters)
     */
    public TopicProvisioner(Map<String, Object> adminConfig, String prefix, Optional<Short> replicationFactor,
                            int partitionsOverride) {
        this.adminConfig = new LinkedHashMap<>(adminConfig);
        this.prefix = prefix == null ? "" : prefix;
        this.replicationFactor = replicationFactor;
        this.partitionsOverride = partitionsOverride;
    }

    public TopicProvisioner(String bootstrapServers, String prefix) {
        this(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), prefix, Optional.empty(), 0);
    }

    /** The whole catalogue on {@code bootstrapServers} with the cluster's replication (the quick start, tests, benchmarks). */
    public static List<String> catalogue(String bootstrapServers, String prefix, int partitionsOverride) {
        return new TopicProvisioner(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), prefix, Optional.empty(),
                partitionsOverride).provision(Topics.all(), Duration.ofSeconds(60));
    }

    /** Parses {@code TUMEN_TOPIC_REPLICATION_FACTOR}-style text: blank or {@code -1} = the cluster default. */
    public static Optional<Short> replication(String text) {
        if (text == null || text.isBlank() || text.trim().equals("-1")) {
            return Optional.empty();
        }
        short rf = Short.parseShort(text.trim());
        if (rf < 1) {
            throw new IllegalArgumentException("replication factor must be positive or -1, got " + text);
        }
        return Optional.of(rf);
    }

    /** The topic as it is created: prefixed name, partitions, replication and configs. */
    public NewTopic newTopic(Topics.Topic topic) {
        int partitions = partitionsOverride > 0 && topic.partitions() > 1 ? partitionsOverride : topic.partitions();
        Map<String, String> config = new LinkedHashMap<>();
        config.put(TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanup().policy());
        config.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.retentionMs()));
        return new NewTopic(topic.name(prefix), Optional.of(partitions), replicationFactor).configs(config);
    }

    /** Creates every catalogue topic that is missing; returns the names it created. */
    public List<String> provision(Collection<Topics.Topic> topics, Duration timeout) {
        Map<String, Object> config = new LinkedHashMap<>(adminConfig);
        // Fail within the caller's patience rather than the admin client's 60 s default (an API call's timeout
        // must not be below one request's, or the client refuses to start).
        int ms = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, ms / 2));
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        long seconds = Math.max(1, timeout.toSeconds());
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(seconds, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topics.Topic topic : topics) {
                if (!existing.contains(topic.name(prefix))) {
                    missing.add(newTopic(topic));
                }
            }
            List<String> created = new ArrayList<>();
            if (!missing.isEmpty()) {
                for (var e : admin.createTopics(missing).values().entrySet()) {
                    try {
                        e.getValue().get(seconds, TimeUnit.SECONDS);
                        created.add(e.getKey());
                    } catch (ExecutionException ex) {
                        // Another instance (or kafka-init) created it at the same moment: that is the idempotent case.
                        if (!(ex.getCause() instanceof TopicExistsException)) {
                            throw new IllegalStateException("cannot create topic " + e.getKey() + ": " + ex.getCause().getMessage(),
                                    ex.getCause());
                        }
                    }
                }
                LOG.info("created topics {}", created);
            }
            awaitServed(admin, topics.stream().map(t -> t.name(prefix)).toList(), timeout);
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted provisioning topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot provision topics at " + adminConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
                    + ": " + e, e);
        }
    }

    /**
     * Waits until the broker serves every partition of {@code topics}. createTopics returns when the controller has
     * recorded them, before the broker serves them; producing in that window gets NOT_LEADER_OR_FOLLOWER, and an
     * idempotent producer's retry can then stall on out-of-order sequences.
     */
    public static void awaitServed(Admin admin, Collection<String> topics, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                var descriptions = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values();
                boolean led = descriptions.stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
                // The metadata cache names a leader before the replica manager has taken over; a partition's log
                // exists only once it has, so wait for the logs too.
                if (led) {
                    Set<TopicPartition> wanted = new HashSet<>();
                    descriptions.forEach(d -> d.partitions().forEach(p -> wanted.add(new TopicPartition(d.name(), p.partition()))));
                    Set<Integer> brokers = new HashSet<>();
                    admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).forEach(n -> brokers.add(n.id()));
                    Set<TopicPartition> logs = new HashSet<>();
                    admin.describeLogDirs(brokers).allDescriptions().get(10, TimeUnit.SECONDS).values()
                            .forEach(dirs -> dirs.values().forEach(dir -> logs.addAll(dir.replicaInfos().keySet())));
                    if (logs.containsAll(wanted)) {
                        return;
                    }
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // Not known to the broker yet: keep waiting.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topics " + topics + " are not served after " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
